package jp.itaku.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The committee's review of the criteria that found no change needed (規程 4.1(1) SEL-03);
 * a review that changes them is the approval of a new version.
 */
@Entity
@Table(name = "selection_criteria_review")
class CriteriaReview {

	@Id
	private UUID id;

	private LocalDate reviewedOn;

	@Column(nullable = false, length = 100)
	private String reviewer;

	@Column(nullable = false, length = 2000)
	private String note;

	private Instant createdAt;

	protected CriteriaReview() {
	}

	CriteriaReview(LocalDate reviewedOn, String reviewer, String note, Instant at) {
		this.id = UUID.randomUUID();
		this.reviewedOn = reviewedOn;
		this.reviewer = reviewer;
		this.note = note;
		this.createdAt = at;
	}

	UUID getId() {
		return this.id;
	}

	LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	String getReviewer() {
		return this.reviewer;
	}

	String getNote() {
		return this.note;
	}

}
