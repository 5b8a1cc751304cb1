package jp.itaku.duty;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * What every change of a duty tells the audit trail (操作記録): which series, by its id and
 * key.
 */
public interface DutyEvent extends AuditableEvent {

	UUID dutyId();

	String kind();

	String subjectType();

	String subjectId();

	@Override
	default String recordType() {
		return "duty";
	}

	@Override
	default String recordId() {
		return dutyId().toString();
	}

}
