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
import jp.itaku.shared.ConflictException;

/**
 * Subcontracting found without the committee's prior approval (未承認の再委託, 規程 4.2(3)① R01).
 * Kept for good: the committee closes it with a note, nobody deletes it.
 */
@Entity
@Table(name = "subcontracting_finding")
class SubcontractingFinding {

	@Id
	private UUID id;

	@Version
	private Long version;

	@Column(name = "contractor_id", nullable = false)
	private UUID contractorId;

	@Column(name = "contractor_name", nullable = false, length = 200)
	private String contractorName;

	@Column(name = "subcontractor_id")
	private UUID subcontractorId;

	@Column(name = "subcontractor_name", nullable = false, length = 200)
	private String subcontractorName;

	@Column(name = "found_on", nullable = false)
	private LocalDate foundOn;

	@Column(name = "how_found", nullable = false, length = 1000)
	private String howFound;

	@Column(length = 4000)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FindingStatus status;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "closed_by", length = 100)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closing_note", length = 2000)
	private String closingNote;

	protected SubcontractingFinding() {
	}

	SubcontractingFinding(String contractorName, String subcontractorName, FindingInput input, String actor,
			Instant now) {
		this.id = UUID.randomUUID();
		this.contractorId = input.contractorId();
		this.contractorName = contractorName;
		this.subcontractorId = input.subcontractorId();
		this.subcontractorName = subcontractorName;
		this.foundOn = input.foundOn();
		this.howFound = input.howFound().strip();
		this.note = (input.note() == null || input.note().isBlank()) ? null : input.note().strip();
		this.status = FindingStatus.OPEN;
		this.recordedBy = actor;
		this.recordedAt = now;
	}

	void close(String actor, String closingNote, Instant now) {
		if (this.status != FindingStatus.OPEN) {
			throw new ConflictException("finding " + this.id + " is closed", "subcontracting.finding.error.closed");
		}
		this.status = FindingStatus.CLOSED;
		this.closedBy = actor;
		this.closedAt = now;
		this.closingNote = closingNote;
	}

	FindingView view() {
		return new FindingView(this.id, (this.version != null) ? this.version : 0, this.contractorId,
				this.contractorName, this.subcontractorId, this.subcontractorName, this.foundOn, this.howFound,
				this.note, this.status, this.recordedBy, this.recordedAt, this.closedBy, this.closedAt,
				this.closingNote);
	}

	UUID getId() {
		return this.id;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

}
