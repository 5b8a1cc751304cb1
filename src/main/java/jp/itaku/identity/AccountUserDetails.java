package jp.itaku.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a local account. Serializable into the shared JDBC session.
 */
record AccountUserDetails(UUID userId, String username, String password, boolean enabled, boolean locked,
		List<String> roleNames, UUID contractorId) implements UserDetails, ItakuPrincipal {

	static AccountUserDetails of(UserAccount account, boolean locked) {
		return new AccountUserDetails(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.isEnabled(), locked, account.getRoles().stream().map(Role::authority).sorted().toList(),
				account.getContractorId());
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

}
