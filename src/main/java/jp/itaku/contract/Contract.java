package jp.itaku.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A contract with a contractor (契約, 規程 4.2). It keeps its term, renewal and notice
 * period, and moves along its life cycle only by the allowed steps; nothing is deleted.
 */
@Entity
@Table(name = "contract")
class Contract {

	@Id
	private UUID id;

	// a wrapper, so that Spring Data persists a new contract rather than merging it
	@Version
	private Long version;

	@Column(name = "contractor_id", nullable = false)
	private UUID contractorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ContractKind kind;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "contract_number", length = 100)
	private String number;

	@Column(nullable = false, length = 300)
	private String counterparty;

	@Column(name = "start_on", nullable = false)
	private LocalDate startOn;

	@Column(name = "end_on")
	private LocalDate endOn;

	@Column(name = "auto_renewal", nullable = false)
	private boolean autoRenewal;

	@Column(name = "renewal_months")
	private Integer renewalMonths;

	@Column(name = "notice_months")
	private Integer noticeMonths;

	@Column(name = "notice_days")
	private Integer noticeDays;

	@Column(name = "term_end_on")
	private LocalDate termEndOn;

	@Column(name = "notice_deadline")
	private LocalDate noticeDeadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContractStatus status;

	@Column(name = "amends_id")
	private UUID amendsId;

	// derived data written only by Contracts.recordCoverage (a bulk update), never by the
	// entity, so that saving a contract cannot overwrite a newer coverage
	@Column(name = "coverage_applicable", insertable = false, updatable = false)
	private Integer coverageApplicable;

	@Column(name = "coverage_present", insertable = false, updatable = false)
	private Integer coveragePresent;

	@Column(name = "coverage_unresolved", insertable = false, updatable = false)
	private Integer coverageUnresolved;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Contract() {
	}

	Contract(ContractDetails details, String actor, Instant now, LocalDate today) {
		this.id = UUID.randomUUID();
		this.contractorId = details.contractorId();
		this.status = ContractStatus.DRAFT;
		this.amendsId = details.amendsId();
		this.createdBy = actor;
		this.createdAt = now;
		apply(details, now, today);
		this.events.add(new ContractRegistered(this.id, this.contractorId, this.kind, describe(), actor));
	}

	void update(ContractDetails details, String actor, Instant now, LocalDate today) {
		apply(details, now, today);
		this.events.add(new ContractChanged(this.id, this.contractorId, this.kind, describe(), actor));
	}

	/**
	 * Moves the contract along its life cycle.
	 * @throws IllegalContractTransition when the life cycle does not allow the move
	 */
	void moveTo(ContractStatus target, String actor, Instant now) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalContractTransition(this.id, this.status, target);
		}
		ContractStatus from = this.status;
		this.status = target;
		this.updatedAt = now;
		this.events
			.add(new ContractStatusChanged(this.id, this.contractorId, from, target, from + " -> " + target, actor));
	}

	/**
	 * Moves the stored term forward when a renewed term has started (自動更新): the first
	 * renewal makes a concluded contract 更新, every renewal is recorded.
	 * @return whether a renewal term started since the stored one
	 */
	boolean renewIfDue(LocalDate today, String actor, Instant now) {
		if (!this.status.active() || this.termEndOn == null || !this.termEndOn.isBefore(today) || !terms().renews()) {
			return false;
		}
		LocalDate before = this.termEndOn;
		this.termEndOn = terms().termEndOn(today);
		this.noticeDeadline = terms().noticeDeadlineBefore(this.termEndOn);
		ContractStatus from = this.status;
		this.status = ContractStatus.RENEWED;
		this.updatedAt = now;
		this.events.add(
				new ContractStatusChanged(
						this.id, this.contractorId, from, this.status, from + " -> " + this.status + "; term end "
								+ before + " -> " + this.termEndOn + "; notice deadline " + this.noticeDeadline,
						actor));
		return true;
	}

	private void apply(ContractDetails details, Instant now, LocalDate today) {
		this.kind = details.kind();
		this.title = details.title();
		this.number = details.number();
		this.counterparty = details.counterparty();
		this.startOn = details.startOn();
		this.endOn = details.endOn();
		this.autoRenewal = details.autoRenewal();
		// a renewal period means nothing without automatic renewal
		this.renewalMonths = details.autoRenewal() ? details.renewalMonths() : null;
		this.noticeMonths = details.noticeMonths();
		this.noticeDays = details.noticeDays();
		ContractTerms terms = terms();
		this.termEndOn = terms.termEndOn(today);
		this.noticeDeadline = terms.noticeDeadline(today);
		this.updatedAt = now;
	}

	ContractTerms terms() {
		return new ContractTerms(this.endOn, this.autoRenewal, this.renewalMonths, this.noticeMonths, this.noticeDays);
	}

	ContractCoverage coverage() {
		if (this.coverageApplicable == null) {
			return null;
		}
		return new ContractCoverage(this.coverageApplicable, this.coveragePresent, this.coverageUnresolved);
	}

	private String describe() {
		return "kind: " + this.kind + "; title: " + this.title + "; number: " + this.number + "; counterparty: "
				+ this.counterparty + "; term " + this.startOn + " - " + this.endOn
				+ (this.autoRenewal ? "; auto renewal " + this.renewalMonths + " months" : "") + "; notice "
				+ ((this.noticeMonths != null) ? this.noticeMonths + " months"
						: (this.noticeDays != null) ? this.noticeDays + " days" : "-")
				+ ((this.amendsId != null) ? "; amends " + this.amendsId : "");
	}

	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	ContractSummary summary() {
		return new ContractSummary(this.id, this.contractorId, this.kind, this.title, this.number, this.counterparty,
				this.startOn, this.endOn, this.autoRenewal, this.termEndOn, this.noticeDeadline, this.status,
				this.amendsId, this.version == null ? 0 : this.version);
	}

	ContractView view(String contractorName, LocalDate today) {
		return new ContractView(this.id, this.contractorId, contractorName, this.kind, this.title, this.number,
				this.counterparty, this.startOn, this.endOn, this.autoRenewal, this.renewalMonths, this.noticeMonths,
				this.noticeDays, this.termEndOn, this.noticeDeadline,
				ContractView.daysBetween(today, this.noticeDeadline), this.status, this.amendsId, coverage(),
				this.createdBy, this.createdAt, this.updatedAt, getVersion());
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	UUID getAmendsId() {
		return this.amendsId;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	UUID getId() {
		return this.id;
	}

	long getVersion() {
		return this.version == null ? 0 : this.version;
	}

	ContractStatus getStatus() {
		return this.status;
	}

}
