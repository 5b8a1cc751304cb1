package jp.itaku.identity;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * An account was created, by an administrator or at a first single sign-on.
 *
 * @param userId the new account
 * @param username its login name
 * @param actor who created it
 * @param changes its initial name, e-mail, roles and contractor (never the password)
 */
public record UserAccountCreated(UUID userId, String username, String actor, String changes) implements AuditableEvent {

	/** The record type of accounts in the audit trail. */
	public static final String RECORD_TYPE = "user";

	@Override
	public String recordType() {
		return RECORD_TYPE;
	}

	@Override
	public String recordId() {
		return this.userId.toString();
	}

	@Override
	public String action() {
		return "CREATED";
	}

}
