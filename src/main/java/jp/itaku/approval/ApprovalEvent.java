package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * What every event of a committee decision carries: the request and the subject it
 * decides on, so that the requesting module can listen for its own subject type. Each is
 * recorded in the audit trail under the request.
 */
public interface ApprovalEvent extends AuditableEvent {

	UUID approvalId();

	String subjectType();

	String subjectId();

	@Override
	default String recordType() {
		return "approval";
	}

	@Override
	default String recordId() {
		return approvalId().toString();
	}

}
