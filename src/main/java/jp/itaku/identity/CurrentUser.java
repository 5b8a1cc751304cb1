package jp.itaku.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as other modules see it.
 *
 * @param userId the account's id, or {@code null} for a user known only by name (tests,
 * SSO before first save)
 * @param username the login name, recorded in the audit trail
 * @param roles the roles held
 * @param contractorId for a {@link Role#CONTRACTOR} account, the one contractor it may
 * see
 */
public record CurrentUser(UUID userId, String username, Set<Role> roles, UUID contractorId) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * A contractor representative who is limited to their own company (and holds no
	 * internal role).
	 */
	public boolean isContractorOnly() {
		return has(Role.CONTRACTOR) && !has(Role.MEMBER) && !has(Role.COMMITTEE) && !has(Role.AUDITOR)
				&& !has(Role.ADMIN);
	}

	public Optional<UUID> contractorScope() {
		return isContractorOnly() ? Optional.ofNullable(this.contractorId) : Optional.empty();
	}

}
