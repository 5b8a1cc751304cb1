package jp.itaku.contract;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.shared.UploadedFiles;

/**
 * A document of a contract or amendment (契約書, 変更契約書), kept with its SHA-256 so that the
 * counterpart can verify the copy it holds (規程 5.3(5): 書類は厳正に確認し適正に処理保管). Its bytes never
 * change; it is never deleted: withdrawing it records who, when and why.
 */
@Entity
@Table(name = "contract_document")
class ContractDocument {

	static final int MAX_REASON = 500;

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "withdrawn_by", length = 100)
	private String withdrawnBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_reason", length = MAX_REASON)
	private String withdrawnReason;

	@Column(nullable = false)
	private byte[] content;

	protected ContractDocument() {
	}

	ContractDocument(UUID contractId, UploadedFiles.Checked file, String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.contractId = contractId;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.sha256 = file.sha256();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.content = file.content().clone();
	}

	/**
	 * Marks the document withdrawn (e.g. uploaded by mistake); it stays listed and
	 * downloadable.
	 * @return false when it was withdrawn already
	 */
	boolean withdraw(String actor, Instant at, String reason) {
		if (this.withdrawnAt != null) {
			return false;
		}
		this.withdrawnBy = actor;
		this.withdrawnAt = at;
		this.withdrawnReason = reason;
		return true;
	}

	UUID getContractId() {
		return this.contractId;
	}

	byte[] content() {
		return this.content.clone();
	}

	ContractDocumentView view() {
		return new ContractDocumentView(this.id, this.contractId, this.fileName, this.contentType, this.sizeBytes,
				this.sha256, this.uploadedBy, this.uploadedAt, this.withdrawnBy, this.withdrawnAt,
				this.withdrawnReason);
	}

}
