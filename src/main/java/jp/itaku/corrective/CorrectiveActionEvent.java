package jp.itaku.corrective;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * What every change of a corrective action tells the audit trail (操作記録): which action,
 * and the record it was opened from.
 */
public interface CorrectiveActionEvent extends AuditableEvent {

	UUID actionId();

	String sourceType();

	String sourceId();

	@Override
	default String recordType() {
		return "corrective-action";
	}

	@Override
	default String recordId() {
		return actionId().toString();
	}

}
