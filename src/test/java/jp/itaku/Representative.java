package jp.itaku;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jp.itaku.identity.ItakuPrincipal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in contractor representative for web tests of any module: the principal
 * carries the one contractor the account may see.
 */
public record Representative(UUID userId, UUID contractorId) implements UserDetails, ItakuPrincipal {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_CONTRACTOR"));
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return "representative";
	}

}
