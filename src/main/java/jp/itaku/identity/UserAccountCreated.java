package jp.itaku.identity;

import java.util.UUID;

/**
 * An account was created, by an administrator or at a first single sign-on.
 *
 * @param userId the new account
 * @param username its login name
 * @param actor who created it
 * @param changes its initial name, e-mail, roles and contractor (never the password)
 */
public record UserAccountCreated(UUID userId, String username, String actor,
		String changes) implements UserAccountEvent {

	@Override
	public String action() {
		return "CREATED";
	}

}
