package jp.itaku.subcontracting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.shared.ConflictException;

/**
 * A subcontracting request (再委託承認申請, 規程 4.2(3)① R01) and, once approved, a link of the
 * subcontracting chain. It guards its own life cycle: amended only when sent back,
 * recorded active only when approved (no subcontracting without prior approval), ended
 * only when active.
 */
@Entity
@Table(name = "subcontracting_request")
class SubcontractingRequest {

	@Id
	private UUID id;

	// a wrapper, so that Spring Data sees a new request (no version yet) and persists it
	@Version
	private Long version;

	@Column(name = "contractor_id", nullable = false)
	private UUID contractorId;

	@Column(name = "contractor_name", nullable = false, length = 200)
	private String contractorName;

	@Column(name = "subcontractor_id", nullable = false)
	private UUID subcontractorId;

	@Column(name = "subcontractor_name", nullable = false, length = 200)
	private String subcontractorName;

	@Column(name = "contract_id")
	private UUID contractId;

	@Enumerated(EnumType.STRING)
	@Column(name = "contract_kind", length = 30)
	private ContractKind contractKind;

	@Column(nullable = false, length = 2000)
	private String work;

	@Column(nullable = false, length = 2000)
	private String information;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private InformationClassification classification;

	@Column(name = "security_measures", nullable = false, length = 4000)
	private String securityMeasures;

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	@Column(name = "period_to", nullable = false)
	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SubcontractingStatus status;

	@Column(nullable = false, length = 100)
	private String requester;

	@Column(name = "approval_id")
	private UUID approvalId;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "activated_by", length = 100)
	private String activatedBy;

	@Column(name = "activated_at")
	private Instant activatedAt;

	@Column(name = "ended_by", length = 100)
	private String endedBy;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "end_note", length = 2000)
	private String endNote;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SubcontractingRequest() {
	}

	SubcontractingRequest(Parties parties, SubcontractingInput input, String requester, Instant now) {
		this.id = UUID.randomUUID();
		apply(parties, input);
		this.requester = requester;
		this.status = SubcontractingStatus.UNDER_REVIEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Who subcontracts to whom under which contract, resolved by the service.
	 */
	record Parties(UUID contractorId, String contractorName, UUID subcontractorId, String subcontractorName,
			UUID contractId, ContractKind contractKind) {
	}

	void submitted(UUID approvalId) {
		this.approvalId = approvalId;
	}

	/** The requester amends a sent-back request; it goes before the committee again. */
	void amend(Parties parties, SubcontractingInput input, Instant now) {
		require(SubcontractingStatus.SENT_BACK, "subcontracting.error.notSentBack");
		apply(parties, input);
		moveTo(SubcontractingStatus.UNDER_REVIEW, now);
	}

	void decided(SubcontractingStatus outcome, Instant now) {
		if (!this.status.open()) {
			throw new ConflictException("request " + this.id + " is " + this.status, "subcontracting.error.closed");
		}
		this.decidedAt = now;
		moveTo(outcome, now);
	}

	/**
	 * Records the subcontracting as started: only what the committee approved beforehand
	 * may become an active link (規程 4.2(3)①).
	 */
	void activate(String actor, Instant now) {
		require(SubcontractingStatus.APPROVED, "subcontracting.error.notApproved");
		this.activatedBy = actor;
		this.activatedAt = now;
		moveTo(SubcontractingStatus.ACTIVE, now);
	}

	void end(String actor, String note, Instant now) {
		require(SubcontractingStatus.ACTIVE, "subcontracting.error.notActive");
		this.endedBy = actor;
		this.endedAt = now;
		this.endNote = note;
		moveTo(SubcontractingStatus.ENDED, now);
	}

	private void require(SubcontractingStatus expected, String messageKey) {
		if (this.status != expected) {
			throw new ConflictException("request " + this.id + " is " + this.status, messageKey);
		}
	}

	private void apply(Parties parties, SubcontractingInput input) {
		this.contractorId = parties.contractorId();
		this.contractorName = parties.contractorName();
		this.subcontractorId = parties.subcontractorId();
		this.subcontractorName = parties.subcontractorName();
		this.contractId = parties.contractId();
		this.contractKind = parties.contractKind();
		this.work = input.work().strip();
		this.information = input.information().strip();
		this.classification = input.classification();
		this.securityMeasures = input.securityMeasures().strip();
		this.periodFrom = input.periodFrom();
		this.periodTo = input.periodTo();
	}

	private void moveTo(SubcontractingStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
	}

	SubcontractingView view() {
		return new SubcontractingView(this.id, (this.version != null) ? this.version : 0, this.contractorId,
				this.contractorName, this.subcontractorId, this.subcontractorName, this.contractId, this.contractKind,
				this.work, this.information, this.classification, this.securityMeasures, this.periodFrom, this.periodTo,
				this.status, this.requester, this.approvalId, this.decidedAt, this.activatedBy, this.activatedAt,
				this.endedBy, this.endedAt, this.endNote, this.createdAt, this.updatedAt);
	}

	UUID getId() {
		return this.id;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	UUID getSubcontractorId() {
		return this.subcontractorId;
	}

	SubcontractingStatus getStatus() {
		return this.status;
	}

	String getRequester() {
		return this.requester;
	}

	UUID getApprovalId() {
		return this.approvalId;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

}
