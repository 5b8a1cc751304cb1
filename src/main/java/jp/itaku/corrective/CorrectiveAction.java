package jp.itaku.corrective;

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
 * A corrective action (是正処置, 規程 4.1, 5.1(1); SEL-04). It guards its own rules: only the
 * assignee starts it and marks it done; someone other than whoever marked it done
 * verifies it, or sends it back to work with a reason. Every step is kept in its history;
 * nothing is ever deleted.
 */
@Entity
@Table(name = "corrective_action")
class CorrectiveAction extends CorrectiveActionFields {

	@Id
	private UUID id;

	// a wrapper, so that Spring Data persists a new action rather than merging it
	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CorrectiveActionStatus status;

	@Column(name = "done_by", length = 100)
	private String doneBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "corrective_action_history", joinColumns = @JoinColumn(name = "action_id"))
	@OrderColumn(name = "position")
	private List<CorrectiveActionRecord> history = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected CorrectiveAction() {
	}

	CorrectiveAction(CorrectionSource source, UUID contractorId, String what, String assignee, LocalDate dueOn,
			String actor, Instant now) {
		super(source, contractorId, what, assignee, dueOn, actor, now);
		this.id = UUID.randomUUID();
		this.status = CorrectiveActionStatus.OPEN;
		this.updatedAt = now;
		this.history.add(new CorrectiveActionRecord(CorrectiveStep.OPENED, actor, now, null));
		this.events.add(new CorrectiveActionOpened(this.id, source.sourceType(), source.sourceId(), contractorId,
				"what: " + what + "; assignee: " + assignee + "; due " + dueOn + "; " + source.requirementId(), actor));
	}

	/** The assignee starts work on it. */
	void start(String actor, Instant now) {
		requireAssignee(actor);
		move(CorrectiveActionStatus.OPEN, CorrectiveActionStatus.IN_PROGRESS, CorrectiveStep.STARTED, actor, now, null);
	}

	/** The assignee says it is corrected; someone else must now verify it. */
	void markDone(String actor, String note, Instant now) {
		requireAssignee(actor);
		move(CorrectiveActionStatus.IN_PROGRESS, CorrectiveActionStatus.DONE, CorrectiveStep.DONE, actor, now, note);
		this.doneBy = actor;
	}

	/**
	 * Someone other than whoever marked it done confirms the correction: it is closed.
	 */
	void verify(String actor, String note, Instant now) {
		requireVerifier(actor);
		move(CorrectiveActionStatus.DONE, CorrectiveActionStatus.VERIFIED, CorrectiveStep.VERIFIED, actor, now, note);
	}

	/** The verification failed: back to work, with the reason why. */
	void reject(String actor, String reason, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a rejected verification needs a reason");
		}
		requireVerifier(actor);
		move(CorrectiveActionStatus.DONE, CorrectiveActionStatus.IN_PROGRESS, CorrectiveStep.REJECTED, actor, now,
				reason);
	}

	/** Refuses a change made against an older version than the stored one. */
	void expectVersion(long expected) {
		if (expected != getVersion()) {
			throw new IllegalCorrectiveTransition(
					"corrective action " + this.id + " is at version " + this.version + ", not " + expected,
					"corrective.error.concurrent");
		}
	}

	/** Whether it is still open on {@code today} after its due date. */
	boolean isOverdueOn(LocalDate today) {
		return this.status.isOpen() && today.isAfter(getDueOn());
	}

	/** Whether {@code username} may verify it now: it is done, and not by them. */
	boolean mayBeVerifiedBy(String username) {
		return this.status == CorrectiveActionStatus.DONE && !username.equals(this.doneBy);
	}

	private void requireAssignee(String actor) {
		if (!getAssignee().equals(actor)) {
			throw new NotAllowedToAct(actor + " is not the assignee of " + this.id, "corrective.error.notAssignee");
		}
	}

	private void requireVerifier(String actor) {
		if (actor.equals(this.doneBy)) {
			// 規程 4.1: the correction is confirmed by a second person
			throw new NotAllowedToAct(actor + " marked " + this.id + " done and may not verify it",
					"corrective.error.verifierIsDoer");
		}
	}

	private void move(CorrectiveActionStatus from, CorrectiveActionStatus to, CorrectiveStep step, String actor,
			Instant now, String note) {
		if (this.status != from) {
			throw new IllegalCorrectiveTransition(
					"corrective action " + this.id + " is " + this.status + ", not " + from,
					"corrective.error.transition." + step.name().toLowerCase(java.util.Locale.ROOT));
		}
		this.status = to;
		this.updatedAt = now;
		this.history.add(new CorrectiveActionRecord(step, actor, now, note));
		this.events.add(new CorrectiveActionProgressed(this.id, getSourceType(), getSourceId(), step.name(), to,
				from + " → " + to + ((note != null) ? "; " + note : ""), actor));
	}

	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	UUID getId() {
		return this.id;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	CorrectiveActionStatus getStatus() {
		return this.status;
	}

	String getDoneBy() {
		return this.doneBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	List<CorrectiveActionRecord> getHistory() {
		return List.copyOf(this.history);
	}

}
