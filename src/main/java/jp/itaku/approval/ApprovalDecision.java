package jp.itaku.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One committee member's decision in one round, with its reason.
 */
@Embeddable
public class ApprovalDecision {

	@Column(name = "round_no", nullable = false)
	private int round;

	@Column(name = "member", nullable = false, length = 100)
	private String member;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict", nullable = false, length = 20)
	private Verdict verdict;

	@Column(name = "comment", length = 2000)
	private String comment;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected ApprovalDecision() {
	}

	ApprovalDecision(int round, String member, Verdict verdict, String comment, Instant decidedAt) {
		this.round = round;
		this.member = member;
		this.verdict = verdict;
		this.comment = comment;
		this.decidedAt = decidedAt;
	}

	public int getRound() {
		return this.round;
	}

	public String getMember() {
		return this.member;
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
