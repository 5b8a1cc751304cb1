package jp.itaku.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was locked after too many failed sign-ins in a row.
 *
 * @param userId the account
 * @param username its login name
 * @param lockedUntil when the lock runs out
 * @param failedAttempts how many failures locked it
 */
public record AccountLocked(UUID userId, String username, Instant lockedUntil,
		int failedAttempts) implements UserAccountEvent {

	@Override
	public String action() {
		return "LOCKED";
	}

	@Override
	public String actor() {
		return CurrentUsers.SYSTEM;
	}

	@Override
	public String changes() {
		return "username: " + this.username + "; failedAttempts: " + this.failedAttempts + "; lockedUntil: "
				+ this.lockedUntil;
	}

}
