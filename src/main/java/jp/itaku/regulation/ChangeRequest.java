package jp.itaku.regulation;

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
import jp.itaku.shared.ConflictException;

/**
 * A request to change the regulation (変更申請, 規程 9 REV-02): what should change, why, and
 * the whole text as proposed. It goes before the committee as a 稟議; while the committee
 * deliberates its text is frozen, and only a send-back lets the requester amend it.
 */
@Entity
@Table(name = "regulation_change_request")
class ChangeRequest {

	@Id
	private UUID id;

	// a wrapper, so that Spring Data sees a new request (no version yet) and persists it
	@Version
	private Long version;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String reason;

	@Column(name = "proposed_text", nullable = false, length = 40000)
	private String proposedText;

	@Column(name = "proposed_effective_on")
	private LocalDate proposedEffectiveOn;

	@Column(name = "base_version", nullable = false)
	private int baseVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ChangeRequestStatus status;

	@Column(nullable = false, length = 100)
	private String requester;

	@Column(name = "approval_id")
	private UUID approvalId;

	@Column(name = "adopted_version")
	private Integer adoptedVersion;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ChangeRequest() {
	}

	ChangeRequest(ChangeRequestForm form, int baseVersion, String requester, Instant now) {
		this.id = UUID.randomUUID();
		apply(form);
		this.baseVersion = baseVersion;
		this.requester = requester;
		this.status = ChangeRequestStatus.UNDER_REVIEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void submitted(UUID approvalId) {
		this.approvalId = approvalId;
	}

	/** The requester amends a sent-back request; it goes before the committee again. */
	void amend(ChangeRequestForm form, int baseVersion, Instant now) {
		if (this.status != ChangeRequestStatus.SENT_BACK) {
			throw new ConflictException("change request " + this.id + " is " + this.status,
					"regulation.change.error.not-sent-back");
		}
		apply(form);
		this.baseVersion = baseVersion;
		moveTo(ChangeRequestStatus.UNDER_REVIEW, now);
	}

	void sentBack(Instant now) {
		moveTo(ChangeRequestStatus.SENT_BACK, now);
	}

	void rejected(Instant now) {
		moveTo(ChangeRequestStatus.REJECTED, now);
	}

	void withdrawn(Instant now) {
		moveTo(ChangeRequestStatus.WITHDRAWN, now);
	}

	void adopted(int versionNumber, Instant now) {
		this.adoptedVersion = versionNumber;
		moveTo(ChangeRequestStatus.ADOPTED, now);
	}

	private void apply(ChangeRequestForm form) {
		this.title = form.title().strip();
		this.reason = form.reason().strip();
		this.proposedText = form.proposedText().strip();
		this.proposedEffectiveOn = form.proposedEffectiveOn();
	}

	private void moveTo(ChangeRequestStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
	}

	UUID getId() {
		return this.id;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	String getTitle() {
		return this.title;
	}

	String getReason() {
		return this.reason;
	}

	String getProposedText() {
		return this.proposedText;
	}

	LocalDate getProposedEffectiveOn() {
		return this.proposedEffectiveOn;
	}

	int getBaseVersion() {
		return this.baseVersion;
	}

	ChangeRequestStatus getStatus() {
		return this.status;
	}

	String getRequester() {
		return this.requester;
	}

	UUID getApprovalId() {
		return this.approvalId;
	}

	Integer getAdoptedVersion() {
		return this.adoptedVersion;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
