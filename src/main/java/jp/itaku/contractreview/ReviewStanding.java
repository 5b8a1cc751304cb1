package jp.itaku.contractreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where one contract stands with its reviews (規程 4.3(1) MGT-01): whether it is active,
 * its last 確認済 review and when it is next due. Kept in step with the contract's events
 * and each review, so that the compliance table and the overdue filter read one indexed
 * table instead of recomputing every contract.
 */
@Entity
@Table(name = "contract_review_standing")
class ReviewStanding {

	@Id
	@Column(name = "contract_id")
	private UUID contractId;

	@Column(name = "contractor_id", nullable = false)
	private UUID contractorId;

	@Column(name = "contract_number", length = 100)
	private String contractNumber;

	@Column(name = "contract_title", nullable = false, length = 300)
	private String contractTitle;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "last_confirmed_on")
	private LocalDate lastConfirmedOn;

	@Column(name = "review_due_on", nullable = false)
	private LocalDate reviewDueOn;

	@Column(name = "notice_deadline")
	private LocalDate noticeDeadline;

	@Column(name = "notice_review_due_on")
	private LocalDate noticeReviewDueOn;

	@Column(name = "notice_reviewed", nullable = false)
	private boolean noticeReviewed;

	@Column(name = "next_due_on", nullable = false)
	private LocalDate nextDueOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ReviewStanding() {
	}

	ReviewStanding(UUID contractId) {
		this.contractId = contractId;
	}

	/** Brings the standing in line with the contract as it is now. */
	void update(ContractReview.ContractRef contract, boolean active, LocalDate lastConfirmedOn, ReviewSchedule schedule,
			Instant now) {
		this.contractorId = contract.contractorId();
		this.contractNumber = contract.number();
		this.contractTitle = contract.title();
		this.active = active;
		this.lastConfirmedOn = lastConfirmedOn;
		this.reviewDueOn = schedule.reviewDueOn();
		this.noticeDeadline = schedule.noticeDeadline();
		this.noticeReviewDueOn = schedule.noticeReviewDueOn();
		this.noticeReviewed = schedule.noticeReviewed();
		this.nextDueOn = schedule.nextDueOn();
		this.updatedAt = now;
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

	boolean isActive() {
		return this.active;
	}

	LocalDate getLastConfirmedOn() {
		return this.lastConfirmedOn;
	}

	LocalDate getReviewDueOn() {
		return this.reviewDueOn;
	}

	LocalDate getNoticeDeadline() {
		return this.noticeDeadline;
	}

	LocalDate getNoticeReviewDueOn() {
		return this.noticeReviewDueOn;
	}

	boolean isNoticeReviewed() {
		return this.noticeReviewed;
	}

	LocalDate getNextDueOn() {
		return this.nextDueOn;
	}

}
