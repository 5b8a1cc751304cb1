package jp.itaku.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a local account. Serializable into the shared JDBC session.
 */
record AccountUserDetails(UUID userId, String username, String password, boolean enabled, boolean locked,
		List<String> roleNames, UUID contractorId, String displayName, Locale preferredLocale,
		DateStyle dateStyle) implements UserDetails, ItakuPrincipal {

	static AccountUserDetails of(UserAccount account, boolean locked) {
		return new AccountUserDetails(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.isEnabled(), locked, account.getRoles().stream().map(Role::authority).sorted().toList(),
				account.getContractorId(), account.getDisplayName(), account.preferredLocale(), account.getDateStyle());
	}

	/** The same principal without its password hash, for keeping in the session. */
	AccountUserDetails withoutPassword() {
		return new AccountUserDetails(this.userId, this.username, null, this.enabled, this.locked, this.roleNames,
				this.contractorId, this.displayName, this.preferredLocale, this.dateStyle);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roleNames.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public String toString() {
		// never let the hash reach a log line
		return "AccountUserDetails[" + this.username + "]";
	}

}
