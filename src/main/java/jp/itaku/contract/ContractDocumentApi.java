package jp.itaku.contract;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.FileDownloads;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a contract (契約書, 変更契約書) as JSON and files: whoever may see the
 * contract lists and downloads; members, the committee and administrators attach and
 * withdraw.
 */
@ApiController("/api/v1/contracts/{contractId}/documents")
@PreAuthorize(ContractRoles.READERS)
@Tag(name = "contract documents", description = "契約書 / contract documents with their SHA-256")
class ContractDocumentApi {

	private final ContractDocuments documents;

	ContractDocumentApi(ContractDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The contract's documents with their SHA-256, in the order attached (withdrawn too)")
	List<ContractDocumentView> list(@PathVariable UUID contractId) {
		return this.documents.of(contractId);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ContractRoles.WRITERS)
	@Operation(summary = "Attach a PDF or DOCX file (type told by its content)",
			description = "400 when empty, larger than itaku.contracts.max-document-size or of another type")
	ResponseEntity<ContractDocumentView> attach(@PathVariable UUID contractId, @RequestParam("file") MultipartFile file)
			throws IOException {
		ContractDocumentView attached = this.documents.attach(contractId, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + contractId + "/documents/" + attached.id()))
			.body(attached);
	}

	@GetMapping("/{documentId}")
	@Operation(summary = "Download one document as an attachment")
	ResponseEntity<byte[]> download(@PathVariable UUID contractId, @PathVariable UUID documentId) {
		ContractDocuments.Download download = this.documents.download(contractId, documentId);
		return FileDownloads.attachment(download.document().fileName(), download.document().contentType(),
				download.content());
	}

	@PostMapping("/{documentId}/withdraw")
	@PreAuthorize(ContractRoles.WRITERS)
	@Operation(summary = "Withdraw a document with a reason; it stays listed and downloadable")
	ContractDocumentView withdraw(@PathVariable UUID contractId, @PathVariable UUID documentId,
			@RequestBody ContractRequests.Withdrawal request) {
		return this.documents.withdraw(contractId, documentId, request.reason());
	}

}
