package jp.itaku.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.itaku.shared.ConflictException;
import org.hibernate.annotations.OptimisticLock;

/**
 * A version of the selection criteria (選定基準, 規程 4.1(1) SEL-01, SEL-03): drafted, approved
 * by the committee (稟議) and in force from its effective date until a later approved
 * version takes effect. Only a draft or a sent-back version can be edited.
 */
@Entity
@Table(name = "selection_criteria_version")
class CriteriaVersion {

	@Id
	private UUID id;

	private int number;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CriteriaStatus status;

	private LocalDate effectiveOn;

	private LocalDate approvedOn;

	private UUID approvalId;

	@Column(nullable = false, length = 100)
	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	// the collection does not raise the version itself (Hibernate would raise it again
	// right after the insert); each change goes through a method that changes updatedAt
	@ElementCollection(fetch = FetchType.EAGER)
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "selection_criterion", joinColumns = @JoinColumn(name = "criteria_version_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	protected CriteriaVersion() {
	}

	CriteriaVersion(int number, String title, List<CriterionInput> criteria, String by, Instant at) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.title = title;
		this.status = CriteriaStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedAt = at;
		criteria.forEach((input) -> this.criteria.add(new Criterion(input)));
	}

	void revise(String title, LocalDate effectiveOn, List<CriterionInput> criteria, Instant at) {
		if (!this.status.editable()) {
			throw new ConflictException("criteria version " + this.number + " is " + this.status,
					"selection.error.notEditable");
		}
		this.title = title;
		this.effectiveOn = effectiveOn;
		this.criteria.clear();
		criteria.forEach((input) -> this.criteria.add(new Criterion(input)));
		this.updatedAt = at;
	}

	void submitted(UUID approvalId, Instant at) {
		if (!this.status.editable()) {
			throw new ConflictException("criteria version " + this.number + " is " + this.status,
					"selection.error.notEditable");
		}
		if (this.criteria.isEmpty()) {
			throw new ConflictException("criteria version " + this.number + " has no criteria",
					"selection.error.noCriteria");
		}
		this.status = CriteriaStatus.UNDER_REVIEW;
		this.approvalId = approvalId;
		this.updatedAt = at;
	}

	/** Approved today; in force from its effective date, today at the earliest. */
	void approved(LocalDate today, Instant at) {
		this.status = CriteriaStatus.APPROVED;
		this.approvedOn = today;
		if (this.effectiveOn == null || this.effectiveOn.isBefore(today)) {
			this.effectiveOn = today;
		}
		this.updatedAt = at;
	}

	/**
	 * Recorded as approved outside the application (the initial version of a new site).
	 */
	void approvedEarlier(LocalDate approvedOn, LocalDate effectiveOn, Instant at) {
		this.status = CriteriaStatus.APPROVED;
		this.approvedOn = approvedOn;
		this.effectiveOn = effectiveOn;
		this.updatedAt = at;
	}

	void decided(CriteriaStatus outcome, Instant at) {
		this.status = outcome;
		this.updatedAt = at;
	}

	boolean inForceOn(LocalDate day) {
		return this.status == CriteriaStatus.APPROVED && this.effectiveOn != null && !this.effectiveOn.isAfter(day);
	}

	UUID getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	String getTitle() {
		return this.title;
	}

	CriteriaStatus getStatus() {
		return this.status;
	}

	LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	LocalDate getApprovedOn() {
		return this.approvedOn;
	}

	UUID getApprovalId() {
		return this.approvalId;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	long getVersion() {
		return this.version;
	}

	List<Criterion> getCriteria() {
		return List.copyOf(this.criteria);
	}

}
