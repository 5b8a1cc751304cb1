package jp.itaku.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request with its whole history, as the committee and the requester see it: every
 * round's snapshot and every decision, the rule and how far the current round is from
 * approval.
 *
 * @param subjectLink the path of the subject's own page, or {@code null} when its module
 * offers none ({@link ApprovalSubjectLinks})
 * @param requesterName the requester's display name
 * @param approvalsNeeded approvals that decide a round under {@code rule}
 * @param approvalsStillNeeded approvals still missing in the current round (zero once the
 * request is no longer pending)
 * @param canDecide whether the caller may decide now
 * @param canWithdraw whether the caller may withdraw now
 * @param canResubmit whether the caller may resubmit an edited snapshot now (the
 * requester of a sent-back request)
 * @param amendAtSubject whether the requester of this sent-back request amends it in the
 * subject's module instead ({@link ApprovalSubjectLinks#amendedInItsModule})
 */
public record ApprovalView(UUID id, long version, String subjectType, String subjectId, String subjectLink,
		String title, String summary, String requester, String requesterName, ApprovalStatus status, DecisionRule rule,
		int voters, int approvalsNeeded, long approvalsStillNeeded, int currentRound, Instant requestedAt,
		Instant updatedAt, List<RoundView> rounds, boolean canDecide, boolean canWithdraw, boolean canResubmit,
		boolean amendAtSubject) {

	/**
	 * The snapshot of the current round, which a decision or a resubmission starts from.
	 */
	public String currentSnapshot() {
		return this.rounds.isEmpty() ? "" : this.rounds.get(this.rounds.size() - 1).snapshot();
	}

	/**
	 * The send-backs of the current round, with the reasons the requester must act on.
	 */
	public List<DecisionView> sendBacks() {
		return this.rounds.stream()
			.filter((round) -> round.number() == this.currentRound)
			.flatMap((round) -> round.decisions().stream())
			.filter((decision) -> decision.verdict() == Verdict.SEND_BACK)
			.toList();
	}

	/** One round: the snapshot submitted and the decisions made on it. */
	public record RoundView(int number, String snapshot, Instant submittedAt, List<DecisionView> decisions) {
	}

	/**
	 * One member's decision.
	 *
	 * @param member the deciding member's user name
	 * @param memberName the member's display name
	 */
	public record DecisionView(String member, String memberName, Verdict verdict, String comment, Instant decidedAt) {
	}

}
