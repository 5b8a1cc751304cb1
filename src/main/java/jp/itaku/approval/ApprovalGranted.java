package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * The committee approved the request; the requesting module may now act on its snapshot.
 * Requesting modules listen by {@code subjectType}.
 */
public record ApprovalGranted(UUID approvalId, String subjectType, String subjectId, int round, String requester,
		String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "approval";
	}

	@Override
	public String recordId() {
		return this.approvalId.toString();
	}

	@Override
	public String action() {
		return "APPROVED";
	}

	@Override
	public String changes() {
		return "status: PENDING → APPROVED";
	}

}
