package jp.itaku.identity;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * An administrator lifted an account's lock before it ran out.
 *
 * @param userId the account
 * @param username its login name
 * @param actor the administrator
 */
public record AccountUnlocked(UUID userId, String username, String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return UserAccountCreated.RECORD_TYPE;
	}

	@Override
	public String recordId() {
		return this.userId.toString();
	}

	@Override
	public String action() {
		return "UNLOCKED";
	}

	@Override
	public String changes() {
		return "username: " + this.username + "; locked → unlocked";
	}

}
