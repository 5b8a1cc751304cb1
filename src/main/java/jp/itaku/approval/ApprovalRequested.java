package jp.itaku.approval;

import java.util.UUID;

/**
 * A request was put (or put again, in a new round) before the committee. Requesting
 * modules listen by {@code subjectType}.
 */
public record ApprovalRequested(UUID approvalId, String subjectType, String subjectId, int round, String title,
		String actor) implements ApprovalEvent {

	/** REQUESTED for the first round, RESUBMITTED (再申請) after a send-back. */
	@Override
	public String action() {
		return (this.round > 1) ? "RESUBMITTED" : "REQUESTED";
	}

	@Override
	public String changes() {
		return "round " + this.round + ": " + this.subjectType + "/" + this.subjectId + " " + this.title;
	}

}
