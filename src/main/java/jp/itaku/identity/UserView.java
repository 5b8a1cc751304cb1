package jp.itaku.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account as the user administration shows it (never its password).
 *
 * @param id the account
 * @param version for optimistic locking: send it back with a change
 * @param username the login name
 * @param displayName the name shown
 * @param email the e-mail address, if any
 * @param roles the roles held
 * @param contractorId the contractor a contractor account represents
 * @param contractorName that contractor's name, when the register knows it
 * @param enabled whether the account may sign in
 * @param locked whether it is locked after failed sign-ins
 * @param lockedUntil when the lock runs out
 * @param singleSignOn whether it signs in through single sign-on
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
record UserView(UUID id, long version, String username, String displayName, String email, Set<Role> roles,
		UUID contractorId, String contractorName, boolean enabled, boolean locked, Instant lockedUntil,
		boolean singleSignOn, Instant createdAt, Instant updatedAt) {

	static UserView of(UserAccount account, String contractorName, Instant now) {
		boolean locked = account.isLockedAt(now);
		return new UserView(account.getId(), account.getVersion(), account.getUsername(), account.getDisplayName(),
				account.getEmail(), Set.copyOf(account.getRoles()), account.getContractorId(), contractorName,
				account.isEnabled(), locked, locked ? account.getLockedUntil() : null,
				account.getExternalSubject() != null, account.getCreatedAt(), account.getUpdatedAt());
	}

}
