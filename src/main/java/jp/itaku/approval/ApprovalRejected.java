package jp.itaku.approval;

import java.util.UUID;

/**
 * The committee rejected the request. Requesting modules listen by {@code subjectType}.
 */
public record ApprovalRejected(UUID approvalId, String subjectType, String subjectId, int round, String requester,
		String actor) implements ApprovalEvent {

	@Override
	public String action() {
		return "REJECTED";
	}

	@Override
	public String changes() {
		return "status: PENDING → REJECTED";
	}

}
