package jp.itaku.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells any module who is signed in.
 */
@Component
public class CurrentUsers {

	public static final String SYSTEM = "system";

	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return new CurrentUser(null, SYSTEM, Set.of(), null);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		if (authentication.getPrincipal() instanceof ItakuPrincipal principal) {
			return new CurrentUser(principal.userId(), authentication.getName(), roles, principal.contractorId(),
					principal.displayName(), principal.preferredLocale(), principal.dateStyle());
		}
		return new CurrentUser(null, authentication.getName(), roles, null);
	}

	/** The name to record as the actor of a change. */
	public String actorName() {
		return current().username();
	}

}
