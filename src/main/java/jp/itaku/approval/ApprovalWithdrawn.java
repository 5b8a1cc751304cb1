package jp.itaku.approval;

import java.util.UUID;

/**
 * The requester withdrew the request (引戻し). Requesting modules listen by
 * {@code subjectType}.
 */
public record ApprovalWithdrawn(UUID approvalId, String subjectType, String subjectId,
		String actor) implements ApprovalEvent {

	@Override
	public String action() {
		return "WITHDRAWN";
	}

	@Override
	public String changes() {
		return "status: → WITHDRAWN";
	}

}
