package jp.itaku.selection;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.shared.ApiController;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence documents of an evaluation as JSON and files (規程 4.1(1) SEL-01): members, the
 * committee and administrators attach; auditors read.
 */
@ApiController("/api/v1/selection/evaluations/{evaluationId}/documents")
@PreAuthorize(SelectionRoles.READERS)
@Tag(name = "Selection evidence", description = "評価の根拠資料 (規程 4.1(1) SEL-01)")
class EvidenceApi {

	private final EvidenceDocuments documents;

	EvidenceApi(EvidenceDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The evaluation's evidence documents with their SHA-256, in the order attached")
	List<EvidenceDocumentView> list(@PathVariable UUID evaluationId) {
		return this.documents.of(evaluationId);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Attach a PDF, DOCX, XLSX, PNG or JPEG file (type told by its content), optionally for"
			+ " one criterion code; 400 when empty, too large or of another type")
	ResponseEntity<EvidenceDocumentView> attach(@PathVariable UUID evaluationId,
			@RequestParam("file") MultipartFile file,
			@RequestParam(name = "criterion", required = false) String criterion) throws IOException {
		EvidenceDocumentView attached = this.documents.attach(evaluationId, criterion, file.getOriginalFilename(),
				file.getBytes());
		return ResponseEntity
			.created(URI.create("/api/v1/selection/evaluations/" + evaluationId + "/documents/" + attached.id()))
			.body(attached);
	}

	@GetMapping("/{documentId}")
	@Operation(summary = "Download one document as an attachment")
	ResponseEntity<byte[]> download(@PathVariable UUID evaluationId, @PathVariable UUID documentId) {
		return EvidenceDocuments.attachment(this.documents.download(evaluationId, documentId));
	}

}
