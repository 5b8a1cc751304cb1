package jp.itaku.corrective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What a corrective action was opened with and never changes: its source, contractor,
 * what, assignee and due date, and who opened it when.
 */
@MappedSuperclass
abstract class CorrectiveActionFields {

	@Column(name = "source_type", nullable = false, length = 60)
	private String sourceType;

	@Column(name = "source_id", nullable = false, length = 100)
	private String sourceId;

	@Column(name = "requirement_id", nullable = false, length = 20)
	private String requirementId;

	@Column(name = "source_link", nullable = false, length = 300)
	private String sourceLink;

	@Column(name = "contractor_id")
	private UUID contractorId;

	@Column(nullable = false, length = 2000)
	private String what;

	@Column(nullable = false, length = 100)
	private String assignee;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "opened_by", nullable = false, length = 100)
	private String openedBy;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	protected CorrectiveActionFields() {
	}

	CorrectiveActionFields(CorrectionSource source, UUID contractorId, String what, String assignee, LocalDate dueOn,
			String openedBy, Instant openedAt) {
		if (source == null || what == null || what.isBlank() || assignee == null || assignee.isBlank()
				|| dueOn == null) {
			throw new IllegalArgumentException("a corrective action needs a source, what, an assignee and a due date");
		}
		this.sourceType = source.sourceType();
		this.sourceId = source.sourceId();
		this.requirementId = source.requirementId();
		this.sourceLink = source.link();
		this.contractorId = contractorId;
		this.what = what.strip();
		this.assignee = assignee.strip();
		this.dueOn = dueOn;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	CorrectionSource getSource() {
		return new CorrectionSource(this.sourceType, this.sourceId, this.requirementId, this.sourceLink);
	}

	String getSourceType() {
		return this.sourceType;
	}

	String getSourceId() {
		return this.sourceId;
	}

	String getRequirementId() {
		return this.requirementId;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	String getWhat() {
		return this.what;
	}

	String getAssignee() {
		return this.assignee;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	String getOpenedBy() {
		return this.openedBy;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

}
