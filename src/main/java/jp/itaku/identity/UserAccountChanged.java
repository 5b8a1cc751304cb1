package jp.itaku.identity;

import java.util.UUID;

/**
 * An account was changed: {@code UPDATED} (name, e-mail, roles, contractor),
 * {@code DISABLED}, {@code ENABLED}, {@code PASSWORD_RESET}, {@code PASSWORD_CHANGED},
 * {@code PREFERENCES_CHANGED} or {@code ROLES_SYNCHRONISED} (single sign-on).
 *
 * @param userId the account
 * @param username its login name
 * @param action what happened
 * @param actor who did it
 * @param changes field: old → new, never a password or its hash
 */
public record UserAccountChanged(UUID userId, String username, String action, String actor,
		String changes) implements UserAccountEvent {

}
