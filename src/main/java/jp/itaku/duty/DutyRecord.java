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
class DutyRecord {

	@Column(nullable = false)
	private int occurrence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DutyAction action;

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

	DutyRecord(int occurrence, DutyAction action, LocalDate dueOn, String actor, Instant happenedAt, String note) {
		this.occurrence = occurrence;
		this.action = action;
		this.dueOn = dueOn;
		this.actor = actor;
		this.happenedAt = happenedAt;
		this.note = note;
	}

	int getOccurrence() {
		return this.occurrence;
	}

	DutyAction getAction() {
		return this.action;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	String getActor() {
		return this.actor;
	}

	Instant getHappenedAt() {
		return this.happenedAt;
	}

	String getNote() {
		return this.note;
	}

}
