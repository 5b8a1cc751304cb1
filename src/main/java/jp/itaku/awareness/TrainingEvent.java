package jp.itaku.awareness;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * What every change of an awareness session tells the audit trail (操作記録).
 */
public interface TrainingEvent extends AuditableEvent {

	UUID sessionId();

	TrainingKind kind();

	@Override
	default String recordType() {
		return "awareness-session";
	}

	@Override
	default String recordId() {
		return sessionId().toString();
	}

}
