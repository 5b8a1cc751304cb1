package jp.itaku.identity;

import java.util.Set;
import java.util.UUID;

/**
 * What the user administration is asked to do, from the screen or the API.
 */
final class UserCommands {

	private UserCommands() {
	}

	/**
	 * Create an account; without a password a one-time password is generated.
	 */
	record NewUser(String username, String displayName, String email, Set<Role> roles, UUID contractorId,
			String password) {
	}

	/**
	 * Change an account's description and roles.
	 */
	record UserChange(long version, String displayName, String email, Set<Role> roles, UUID contractorId) {
	}

	/**
	 * A created account, with the one-time password to show once (or {@code null}).
	 */
	record Created(UserView user, String oneTimePassword) {
	}

	/**
	 * A reset password, with the one-time password to show once (or {@code null}).
	 */
	record PasswordReset(UserView user, String oneTimePassword) {
	}

}
