package jp.itaku.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request with its whole history: every round's snapshot and every decision.
 *
 * @param canDecide whether the caller may decide now
 * @param canWithdraw whether the caller may withdraw now
 */
public record ApprovalView(UUID id, long version, String subjectType, String subjectId, String title, String summary,
		String requester, ApprovalStatus status, DecisionRule rule, int voters, int currentRound, Instant requestedAt,
		Instant updatedAt, List<RoundView> rounds, boolean canDecide, boolean canWithdraw) {

	static ApprovalView of(ApprovalRequest request, boolean canDecide, boolean canWithdraw) {
		List<RoundView> rounds = request.getRounds()
			.stream()
			.map((round) -> new RoundView(round.getNumber(), round.getSnapshot(), round.getSubmittedAt(),
					request.getDecisions()
						.stream()
						.filter((d) -> d.getRound() == round.getNumber())
						.map((d) -> new DecisionView(d.getMember(), d.getVerdict(), d.getComment(), d.getDecidedAt()))
						.toList()))
			.toList();
		return new ApprovalView(request.getId(), request.getVersion(), request.getSubjectType(), request.getSubjectId(),
				request.getTitle(), request.getSummary(), request.getRequester(), request.getStatus(),
				request.getRule(), request.getVoters(), request.getCurrentRound(), request.getRequestedAt(),
				request.getUpdatedAt(), rounds, canDecide, canWithdraw);
	}

	/** One round: the snapshot submitted and the decisions made on it. */
	public record RoundView(int number, String snapshot, Instant submittedAt, List<DecisionView> decisions) {
	}

	/** One member's decision. */
	public record DecisionView(String member, Verdict verdict, String comment, Instant decidedAt) {
	}

}
