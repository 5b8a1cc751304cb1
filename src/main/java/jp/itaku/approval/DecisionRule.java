package jp.itaku.approval;

/**
 * How many approvals make a request approved ({@code itaku.committee.decision-rule}). A
 * majority of refusals always rejects, and so does a round in which approval can no
 * longer be reached.
 */
public enum DecisionRule {

	/** One approval suffices. */
	ONE,
	/** More than half of the voting members. */
	MAJORITY,
	/** Every voting member. */
	ALL;

	/** Approvals needed among {@code voters} members. */
	int approvalsNeeded(int voters) {
		return switch (this) {
			case ONE -> 1;
			case MAJORITY -> majorityOf(voters);
			case ALL -> voters;
		};
	}

	static int majorityOf(int voters) {
		return voters / 2 + 1;
	}

}
