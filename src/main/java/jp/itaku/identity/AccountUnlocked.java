package jp.itaku.identity;

import java.util.UUID;

/**
 * An administrator lifted an account's lock before it ran out.
 *
 * @param userId the account
 * @param username its login name
 * @param actor the administrator
 */
public record AccountUnlocked(UUID userId, String username, String actor) implements UserAccountEvent {

	@Override
	public String action() {
		return "UNLOCKED";
	}

	@Override
	public String changes() {
		return "username: " + this.username + "; locked → unlocked";
	}

}
