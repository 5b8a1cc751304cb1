package jp.itaku.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One submission of a request: the frozen snapshot the committee decides on. A send-back
 * and resubmission opens a new round; earlier rounds stay as history.
 */
@Embeddable
public class ApprovalRound {

	@Column(name = "round_no", nullable = false)
	private int number;

	@Column(name = "snapshot", nullable = false, length = 20000)
	private String snapshot;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	protected ApprovalRound() {
	}

	ApprovalRound(int number, String snapshot, Instant submittedAt) {
		this.number = number;
		this.snapshot = snapshot;
		this.submittedAt = submittedAt;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSnapshot() {
		return this.snapshot;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
