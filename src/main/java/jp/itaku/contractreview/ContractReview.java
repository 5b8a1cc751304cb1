package jp.itaku.contractreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One contract review (契約見直し, 規程 4.3(1) MGT-01) as recorded: who, when, the outcome and a
 * summary. It is never changed or deleted once recorded (a later review supersedes it),
 * so the entity has no setters and Hibernate treats it as immutable. The actions it led
 * to are corrective actions whose source is this review.
 */
@Entity
@Immutable
@Table(name = "contract_review")
class ContractReview {

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(name = "contractor_id", nullable = false)
	private UUID contractorId;

	@Column(name = "contract_number", length = 100)
	private String contractNumber;

	@Column(name = "contract_title", nullable = false, length = 300)
	private String contractTitle;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	@Column(nullable = false, length = 100)
	private String reviewer;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContractReviewOutcome outcome;

	@Column(nullable = false, length = 4000)
	private String summary;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ContractReview() {
	}

	ContractReview(ContractRef contract, LocalDate reviewedOn, String reviewer, ContractReviewOutcome outcome,
			String summary, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.contractId = contract.id();
		this.contractorId = contract.contractorId();
		this.contractNumber = contract.number();
		this.contractTitle = contract.title();
		this.reviewedOn = reviewedOn;
		this.reviewer = reviewer;
		this.outcome = outcome;
		this.summary = summary;
		this.recordedAt = recordedAt;
	}

	UUID getId() {
		return this.id;
	}

	UUID getContractId() {
		return this.contractId;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	String getContractNumber() {
		return this.contractNumber;
	}

	String getContractTitle() {
		return this.contractTitle;
	}

	LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	String getReviewer() {
		return this.reviewer;
	}

	ContractReviewOutcome getOutcome() {
		return this.outcome;
	}

	String getSummary() {
		return this.summary;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	/**
	 * What identifies the contract reviewed, copied onto the review so that the list
	 * shows it without asking the contract module row by row.
	 */
	record ContractRef(UUID id, UUID contractorId, String number, String title) {

	}

}
