package jp.itaku.selection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A secret link by which a contractor without an account acknowledges a criteria version
 * (規程 4.1(1) SEL-02: 電子メールでのリンク送付). Only the SHA-256 of its token is stored, so that the
 * table alone opens nothing.
 */
@Entity
@Table(name = "selection_acknowledgement_link")
class AcknowledgementLink {

	@Id
	private UUID id;

	@Column(nullable = false, length = 64, unique = true)
	private String tokenHash;

	private UUID criteriaVersionId;

	private UUID contractorId;

	@Column(nullable = false, length = 100)
	private String recipient;

	private Instant createdAt;

	@Column(nullable = false, length = 100)
	private String createdBy;

	private Instant expiresAt;

	private Instant usedAt;

	protected AcknowledgementLink() {
	}

	AcknowledgementLink(String tokenHash, UUID criteriaVersionId, UUID contractorId, String recipient, String by,
			Instant at, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.criteriaVersionId = criteriaVersionId;
		this.contractorId = contractorId;
		this.recipient = (recipient.length() > 100) ? recipient.substring(0, 100) : recipient;
		this.createdBy = by;
		this.createdAt = at;
		this.expiresAt = expiresAt;
	}

	/** Whether the link still opens at {@code now}. */
	boolean opensAt(Instant now) {
		return now.isBefore(this.expiresAt);
	}

	void markUsed(Instant at) {
		if (this.usedAt == null) {
			this.usedAt = at;
		}
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	UUID getCriteriaVersionId() {
		return this.criteriaVersionId;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	String getRecipient() {
		return this.recipient;
	}

	Instant getUsedAt() {
		return this.usedAt;
	}

}
