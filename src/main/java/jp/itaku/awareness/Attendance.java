package jp.itaku.awareness;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One person's attendance of a session, and who recorded it when (the person themselves,
 * or whoever recorded the session).
 */
@Embeddable
class Attendance {

	@Column(nullable = false, length = 100)
	private String username;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Attendance() {
	}

	Attendance(String username, String recordedBy, Instant recordedAt) {
		this.username = username;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	String username() {
		return this.username;
	}

	String recordedBy() {
		return this.recordedBy;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

}
