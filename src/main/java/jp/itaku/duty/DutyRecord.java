package jp.itaku.duty;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a duty's history: an occurrence completed, or the series cancelled or
 * reopened.
 */
@Embeddable
public class DutyRecord {

	@Column(nullable = false)
	private int occurrence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Action action;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(name = "happened_at", nullable = false)
	private Instant happenedAt;

	@Column(length = 2000)
	private String note;

	protected DutyRecord() {
	}

	DutyRecord(int occurrence, Action action, LocalDate dueOn, String actor, Instant happenedAt, String note) {
		this.occurrence = occurrence;
		this.action = action;
		this.dueOn = dueOn;
		this.actor = actor;
		this.happenedAt = happenedAt;
		this.note = note;
	}

	public int getOccurrence() {
		return this.occurrence;
	}

	public Action getAction() {
		return this.action;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public String getActor() {
		return this.actor;
	}

	public Instant getHappenedAt() {
		return this.happenedAt;
	}

	public String getNote() {
		return this.note;
	}

	/** What happened. */
	public enum Action {

		COMPLETED, CANCELLED, REOPENED

	}

}
