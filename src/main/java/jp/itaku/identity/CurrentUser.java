package jp.itaku.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as other modules see it.
 *
 * @param userId the account's id, or {@code null} for a user known only by name (tests,
 * bearer tokens)
 * @param username the login name, recorded in the audit trail
 * @param roles the roles held
 * @param contractorId for a {@link Role#CONTRACTOR} account, the one contractor it may
 * see
 * @param displayName the name to show
 * @param locale the language the user chose, or {@code null} to follow the browser
 * @param dateStyle how the user wants dates shown
 */
public record CurrentUser(UUID userId, String username, Set<Role> roles, UUID contractorId, String displayName,
		Locale locale, DateStyle dateStyle) {

	public CurrentUser {
		displayName = (displayName != null) ? displayName : username;
		dateStyle = (dateStyle != null) ? dateStyle : DateStyle.ISO;
	}

	public CurrentUser(UUID userId, String username, Set<Role> roles, UUID contractorId) {
		this(userId, username, roles, contractorId, username, null, DateStyle.ISO);
	}

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
