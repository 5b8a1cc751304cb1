package jp.itaku.approval;

import java.util.UUID;

/**
 * The committee approved the request; the requesting module may now act on its snapshot.
 * Requesting modules listen by {@code subjectType}.
 */
public record ApprovalGranted(UUID approvalId, String subjectType, String subjectId, int round, String requester,
		String actor) implements ApprovalEvent {

	@Override
	public String action() {
		return "APPROVED";
	}

	@Override
	public String changes() {
		return "status: PENDING → APPROVED";
	}

}
