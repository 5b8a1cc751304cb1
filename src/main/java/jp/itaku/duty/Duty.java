package jp.itaku.duty;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A duty series (定期業務) and its current occurrence. It guards its own rules: completing
 * records who, when and a note, then schedules the next occurrence from its
 * {@link Recurrence} or closes the series; a cancelled series keeps its history; a
 * module's new plan updates it in place.
 */
@Entity
@Table(name = "duty")
class Duty extends DutyFields {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 60)
	private String kind;

	@Column(name = "subject_type", nullable = false, length = 60)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, length = 100)
	private String subjectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DutyState state;

	@Column(nullable = false)
	private int occurrence;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "due_soon_from", nullable = false)
	private LocalDate dueSoonFrom;

	@Column(name = "overdue_after", nullable = false)
	private LocalDate overdueAfter;

	@Column(name = "last_completed_on")
	private LocalDate lastCompletedOn;

	@Column(name = "last_reminded_at")
	private Instant lastRemindedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "duty_history", joinColumns = @JoinColumn(name = "duty_id"))
	@OrderColumn(name = "position")
	private List<DutyRecord> history = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Duty() {
	}

	Duty(DutyPlan plan, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = plan.key().kind();
		this.subjectType = plan.key().subjectType();
		this.subjectId = plan.key().subjectId();
		apply(plan);
		this.state = DutyState.OPEN;
		this.occurrence = 1;
		this.createdAt = now;
		this.updatedAt = now;
		setDue(plan.recurrence().firstDue(plan.anchor()));
		this.events.add(new DutyScheduled(this.id, this.kind, this.subjectType, this.subjectId, "SCHEDULED",
				"due " + this.dueOn + ", owner " + plan.owner() + ", " + plan.requirementId(), actor));
	}

	/**
	 * Brings the series in line with its module's current plan; nothing happens when the
	 * plan is unchanged, so that modules may hand it in as often as they like. A changed
	 * anchor or rule moves the open occurrence; a new anchor, or any plan for a cancelled
	 * series, reopens it.
	 */
	void replan(DutyPlan plan, String actor, Instant now) {
		List<String> changes = differences(plan);
		boolean datesChanged = !plan.anchor().equals(getAnchorOn()) || !plan.recurrence().equals(getRecurrence())
				|| plan.graceDays() != getGraceDays() || plan.dueSoonDays() != getDueSoonDays();
		boolean reopen = this.state == DutyState.CANCELLED
				|| (this.state == DutyState.DONE && !plan.anchor().equals(getAnchorOn()));
		if (changes.isEmpty() && !reopen) {
			return;
		}
		apply(plan);
		if (reopen) {
			if (this.state == DutyState.DONE) {
				this.occurrence++;
			}
			this.state = DutyState.OPEN;
			setDue(dueFromPlan());
			this.history.add(new DutyRecord(this.occurrence, DutyAction.REOPENED, this.dueOn, actor, now, null));
		}
		else if (datesChanged && this.state == DutyState.OPEN) {
			setDue(dueFromPlan());
		}
		this.updatedAt = now;
		changes.add("due " + this.dueOn);
		this.events.add(new DutyScheduled(this.id, this.kind, this.subjectType, this.subjectId,
				reopen ? "REOPENED" : "RESCHEDULED", String.join("; ", changes), actor));
	}

	/**
	 * Completes the current occurrence and schedules the next one (規程 9: the yearly
	 * review is due again a year on).
	 */
	void complete(String actor, String note, Instant now, LocalDate today) {
		if (this.state != DutyState.OPEN) {
			throw new DutyClosed("duty " + this.id + " is " + this.state, "duty.error.closed");
		}
		LocalDate completedDue = this.dueOn;
		int completed = this.occurrence;
		this.history.add(new DutyRecord(completed, DutyAction.COMPLETED, completedDue, actor, now, note));
		this.lastCompletedOn = today;
		LocalDate next = getRecurrence().next(getAnchorOn(), completedDue, today).orElse(null);
		if (next != null) {
			this.occurrence++;
			setDue(next);
		}
		else {
			this.state = DutyState.DONE;
		}
		this.updatedAt = now;
		this.events.add(new DutyCompleted(this.id, this.kind, this.subjectType, this.subjectId, completed, completedDue,
				next, actor));
	}

	/** Closes the series for good, keeping it and its history as a trace. */
	void cancel(String actor, String reason, Instant now) {
		if (this.state == DutyState.CANCELLED) {
			throw new DutyClosed("duty " + this.id + " is already cancelled", "duty.error.closed");
		}
		this.state = DutyState.CANCELLED;
		this.history.add(new DutyRecord(this.occurrence, DutyAction.CANCELLED, this.dueOn, actor, now, reason));
		this.updatedAt = now;
		this.events.add(new DutyCancelled(this.id, this.kind, this.subjectType, this.subjectId, reason, actor));
	}

	/** The status on {@code today}. */
	public DutyStatus statusOn(LocalDate today) {
		return switch (this.state) {
			case DONE -> DutyStatus.DONE;
			case CANCELLED -> DutyStatus.CANCELLED;
			case OPEN -> new DueDates(this.dueOn, this.dueSoonFrom, this.overdueAfter).statusOn(today);
		};
	}

	/**
	 * Whether {@code username} may complete it: its owner, or a committee member for the
	 * committee's.
	 */
	public boolean mayBeCompletedBy(String username, boolean committeeMember) {
		return isOwnerCommittee() ? committeeMember : username.equals(getOwnerUsername());
	}

	private LocalDate dueFromPlan() {
		Recurrence recurrence = getRecurrence();
		if (this.lastCompletedOn == null || !recurrence.recurs()) {
			return recurrence.firstDue(getAnchorOn());
		}
		return recurrence.next(getAnchorOn(), this.lastCompletedOn, this.lastCompletedOn).orElseThrow();
	}

	private void setDue(LocalDate due) {
		DueDates dates = DueDates.of(due, getGraceDays(), getDueSoonDays());
		this.dueOn = dates.due();
		this.dueSoonFrom = dates.dueSoonFrom();
		this.overdueAfter = dates.overdueAfter();
		// a new occurrence has not been reminded of yet
		this.lastRemindedAt = null;
	}

	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	public UUID getId() {
		return this.id;
	}

	DutyState getState() {
		return this.state;
	}

	public long getVersion() {
		return this.version;
	}

	public DutyKey getKey() {
		return new DutyKey(this.kind, this.subjectType, this.subjectId);
	}

	public int getOccurrence() {
		return this.occurrence;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public LocalDate getOverdueAfter() {
		return this.overdueAfter;
	}

	public LocalDate getLastCompletedOn() {
		return this.lastCompletedOn;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<DutyRecord> getHistory() {
		return List.copyOf(this.history);
	}

}
