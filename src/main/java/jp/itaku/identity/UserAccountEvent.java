package jp.itaku.identity;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * What every event of a user account carries: the account's id, under which the audit
 * trail records it.
 */
public interface UserAccountEvent extends AuditableEvent {

	/** The record type of accounts in the audit trail. */
	String RECORD_TYPE = "user";

	UUID userId();

	@Override
	default String recordType() {
		return RECORD_TYPE;
	}

	@Override
	default String recordId() {
		return userId().toString();
	}

}
