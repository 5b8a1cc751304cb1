package jp.itaku.corrective;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a corrective action's history: a transition, who made it, when, and the
 * note or reason given.
 */
@Embeddable
class CorrectiveActionRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CorrectiveStep step;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(name = "happened_at", nullable = false)
	private Instant happenedAt;

	@Column(length = 2000)
	private String note;

	protected CorrectiveActionRecord() {
	}

	CorrectiveActionRecord(CorrectiveStep step, String actor, Instant happenedAt, String note) {
		this.step = step;
		this.actor = actor;
		this.happenedAt = happenedAt;
		this.note = note;
	}

	CorrectiveStep getStep() {
		return this.step;
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
