package jp.itaku.approval;

import java.util.UUID;

/**
 * A committee member recorded a decision. Requesting modules listen by
 * {@code subjectType}.
 */
public record ApprovalDecisionRecorded(UUID approvalId, String subjectType, String subjectId, int round,
		Verdict verdict, String comment, String actor) implements ApprovalEvent {

	@Override
	public String action() {
		return "DECIDED";
	}

	@Override
	public String changes() {
		return "round " + this.round + ": " + this.verdict + (this.comment == null ? "" : " (" + this.comment + ")");
	}

}
