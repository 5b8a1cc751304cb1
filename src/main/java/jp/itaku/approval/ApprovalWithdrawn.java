package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * The requester withdrew the request (引戻し). Requesting modules listen by
 * {@code subjectType}.
 */
public record ApprovalWithdrawn(UUID approvalId, String subjectType, String subjectId,
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
		return "WITHDRAWN";
	}

	@Override
	public String changes() {
		return "status: → WITHDRAWN";
	}

}
