package jp.itaku.selection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.shared.UploadedFiles;

/**
 * A document attached to an evaluation as evidence for its scores (規程 4.1(1) SEL-01),
 * optionally for one criterion. Its bytes live in the database with their SHA-256, so
 * that the counterpart can verify the copy it holds; it is never changed or deleted.
 */
@Entity
@Table(name = "selection_evidence_document")
class EvidenceDocument {

	@Id
	private UUID id;

	private UUID evaluationId;

	@Column(length = 20)
	private String criterionCode;

	@Column(nullable = false, length = 200)
	private String fileName;

	@Column(nullable = false, length = 100)
	private String contentType;

	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(nullable = false, length = 100)
	private String uploadedBy;

	private Instant uploadedAt;

	@Column(nullable = false)
	private byte[] content;

	protected EvidenceDocument() {
	}

	EvidenceDocument(UUID evaluationId, String criterionCode, UploadedFiles.Checked file, String uploadedBy,
			Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.evaluationId = evaluationId;
		this.criterionCode = criterionCode;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.sha256 = file.sha256();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.content = file.content().clone();
	}

	UUID getEvaluationId() {
		return this.evaluationId;
	}

	byte[] content() {
		return this.content.clone();
	}

	EvidenceDocumentView view() {
		return new EvidenceDocumentView(this.id, this.evaluationId, this.criterionCode, this.fileName, this.contentType,
				this.sizeBytes, this.sha256, this.uploadedBy, this.uploadedAt);
	}

}
