package jp.itaku.approval;

import java.util.UUID;

/**
 * A committee member sent the request back to its requester (差戻し). Requesting modules
 * listen by {@code subjectType}.
 */
public record ApprovalSentBack(UUID approvalId, String subjectType, String subjectId, int round, String requester,
		String actor) implements ApprovalEvent {

	@Override
	public String action() {
		return "SENT_BACK";
	}

	@Override
	public String changes() {
		return "status: PENDING → SENT_BACK";
	}

}
