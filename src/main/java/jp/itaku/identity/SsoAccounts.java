package jp.itaku.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a local account record for each single sign-on user, found by the identity
 * provider's subject. Such a record has no local password; its roles follow the provider
 * at each sign-on.
 */
@Component
class SsoAccounts {

	private final UserAccountRepository accounts;

	private final SsoProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SsoAccounts(UserAccountRepository accounts, SsoProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	UserAccount link(OidcUser user, Set<Role> granted) {
		String subject = user.getSubject();
		return this.accounts.findByExternalSubject(subject)
			.map((account) -> synchronise(account, granted))
			.orElseGet(() -> create(user, subject, granted));
	}

	private UserAccount synchronise(UserAccount account, Set<Role> granted) {
		Set<Role> roles = allowed(granted, account);
		if (!roles.equals(account.getRoles())) {
			String before = UserChanges.roles(account.getRoles());
			account.grant(roles, account.getContractorId(), this.clock.instant());
			this.events
				.publishEvent(new UserAccountChanged(account.getId(), account.getUsername(), "ROLES_SYNCHRONISED",
						account.getUsername(), "roles: " + before + " → " + UserChanges.roles(roles)));
		}
		return account;
	}

	private UserAccount create(OidcUser user, String subject, Set<Role> granted) {
		String username = freeUsername(user, subject);
		String displayName = (user.getFullName() != null) ? user.getFullName() : username;
		UserAccount account = new UserAccount(username, UserChanges.limit(displayName, 200), null,
				allowed(granted, null), this.clock.instant());
		account.describe(account.getDisplayName(), UserChanges.limit(user.getEmail(), 320), this.clock.instant());
		account.linkExternalSubject(subject);
		this.accounts.save(account);
		this.events.publishEvent(new UserAccountCreated(account.getId(), username, username,
				"single sign-on; roles: " + UserChanges.roles(account.getRoles())));
		return account;
	}

	/**
	 * A contractor representative must be tied to a contractor by an administrator before
	 * the role takes effect (規程 8).
	 */
	private static Set<Role> allowed(Set<Role> granted, UserAccount account) {
		Set<Role> roles = EnumSet.copyOf(granted);
		if (account == null || account.getContractorId() == null) {
			roles.remove(Role.CONTRACTOR);
		}
		return roles;
	}

	private String freeUsername(OidcUser user, String subject) {
		Object claim = user.getClaims().get(this.properties.usernameClaim());
		String wanted = (claim != null) ? UserChanges.limit(claim.toString(), 100) : null;
		if (wanted != null && !wanted.isBlank() && this.accounts.findByUsername(wanted).isEmpty()) {
			return wanted;
		}
		// a local account already has that name: never take it over
		return UserChanges.limit("sso-" + subject, 100);
	}

}
