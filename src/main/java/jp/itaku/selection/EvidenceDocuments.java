package jp.itaku.selection;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.FileDownloads;
import jp.itaku.shared.NotFoundException;
import jp.itaku.shared.UploadedFiles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence documents of an evaluation (規程 4.1(1) SEL-01: each score comes with its
 * evidence, notes and attached documents). A document is accepted only when it is a PDF,
 * Word, Excel, PNG or JPEG file by its content, not empty and within the configured size;
 * it is kept with its SHA-256 and never changed or deleted. Whoever may see the
 * evaluation's contractor may list and read its documents.
 */
@Service
@Transactional
public class EvidenceDocuments {

	static final String RECORD_TYPE = "selection-evidence";

	private final EvidenceDocumentRepository documents;

	private final Evaluations evaluations;

	private final EvidenceSettings settings;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvidenceDocuments(EvidenceDocumentRepository documents, Evaluations evaluations, EvidenceSettings settings,
			CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.evaluations = evaluations;
		this.settings = settings;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Attaches a document to the evaluation, optionally for one of its criteria.
	 * @param criterion the code of a criterion scored in the evaluation, or blank
	 * @throws InvalidInputException when the file is empty, too large or of a type not
	 * allowed, or the criterion is not one of the evaluation's; nothing is stored then
	 */
	public EvidenceDocumentView attach(UUID evaluationId, String criterion, String fileName, byte[] content) {
		EvaluationView evaluation = this.evaluations.get(evaluationId);
		String code = (criterion == null || criterion.isBlank()) ? null : criterion.strip();
		UploadedFiles.Checked file = check(evaluation, code, fileName, content);
		String actor = this.users.actorName();
		EvidenceDocument document = this.documents
			.save(new EvidenceDocument(evaluationId, code, file, actor, this.clock.instant()));
		EvidenceDocumentView view = document.view();
		this.events.publishEvent(new SelectionEvent(RECORD_TYPE, view.id().toString(), "ATTACHED", actor,
				"evaluation: " + evaluationId + "; criterion: " + ((code != null) ? code : "-") + "; file: "
						+ view.fileName() + "; type: " + view.contentType() + "; size: " + view.sizeBytes()
						+ "; sha256: " + view.sha256()));
		return view;
	}

	/** The evaluation's documents in the order attached. */
	@Transactional(readOnly = true)
	public List<EvidenceDocumentView> of(UUID evaluationId) {
		this.evaluations.get(evaluationId);
		return this.documents.listOf(evaluationId);
	}

	/** One document with its bytes. */
	@Transactional(readOnly = true)
	public Download download(UUID evaluationId, UUID documentId) {
		this.evaluations.get(evaluationId);
		EvidenceDocument document = this.documents.findById(documentId)
			.filter((found) -> found.getEvaluationId().equals(evaluationId))
			.orElseThrow(() -> new NotFoundException("evidence document " + documentId));
		return new Download(document.view(), document.content());
	}

	/** A document and its bytes, to be sent as an attachment. */
	public record Download(EvidenceDocumentView document, byte[] content) {

	}

	/** The download as an attachment no browser renders inline. */
	static ResponseEntity<byte[]> attachment(Download download) {
		return FileDownloads.attachment(download.document().fileName(), download.document().contentType(),
				download.content());
	}

	private UploadedFiles.Checked check(EvaluationView evaluation, String code, String fileName, byte[] content) {
		long max = this.settings.maxEvidenceSize().toBytes();
		if (content == null || content.length == 0) {
			throw invalid("selection.evidence.validation.empty", new Object[0]);
		}
		if (content.length > max) {
			throw invalid("selection.evidence.validation.tooLarge", new Object[] { max / (1024.0 * 1024.0) });
		}
		String type = UploadedFiles.detectType(content)
			.orElseThrow(() -> invalid("selection.evidence.validation.type", new Object[0]));
		if (code != null && evaluation.scores().stream().noneMatch((score) -> score.code().equals(code))) {
			throw new InvalidInputException(List
				.of(new FieldProblem("criterion", "selection.evidence.validation.criterion", new Object[] { code })));
		}
		return UploadedFiles.Checked.of(fileName, type, content);
	}

	private static InvalidInputException invalid(String key, Object[] args) {
		return new InvalidInputException(List.of(new FieldProblem("file", key, args)));
	}

}
