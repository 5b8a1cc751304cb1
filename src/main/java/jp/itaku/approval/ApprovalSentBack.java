package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * A committee member sent the request back to its requester (差戻し). Requesting modules
 * listen by {@code subjectType}.
 */
public record ApprovalSentBack(UUID approvalId, String subjectType, String subjectId, int round, String requester,
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
		return "SENT_BACK";
	}

	@Override
	public String changes() {
		return "status: PENDING → SENT_BACK";
	}

}
