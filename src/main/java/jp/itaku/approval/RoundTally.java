package jp.itaku.approval;

import java.util.List;

/**
 * Where the current round stands under the request's decision rule: how many approved,
 * refused or are still to decide, and how many approvals are still needed.
 *
 * @param approvals approvals recorded in the round
 * @param rejections refusals recorded in the round
 * @param voters members entitled to decide
 * @param needed approvals that make the request approved
 */
record RoundTally(long approvals, long rejections, int voters, int needed) {

	static RoundTally of(List<ApprovalDecision> decisions, int round, int voters, DecisionRule rule) {
		long approvals = count(decisions, round, Verdict.APPROVE);
		long rejections = count(decisions, round, Verdict.REJECT);
		return new RoundTally(approvals, rejections, voters, rule.approvalsNeeded(voters));
	}

	/** Members who have not decided yet. */
	long undecided() {
		return this.voters - this.approvals - this.rejections;
	}

	/** Approvals still missing before the request is approved (zero once reached). */
	long stillNeeded() {
		return Math.max(0, this.needed - this.approvals);
	}

	boolean approved() {
		return this.approvals >= this.needed;
	}

	/**
	 * A majority refused, or the members still to decide can no longer bring approval.
	 */
	boolean rejected() {
		return this.rejections >= DecisionRule.majorityOf(this.voters) || this.approvals + undecided() < this.needed;
	}

	private static long count(List<ApprovalDecision> decisions, int round, Verdict verdict) {
		return decisions.stream().filter((d) -> d.getRound() == round && d.getVerdict() == verdict).count();
	}

}
