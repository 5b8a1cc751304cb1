package jp.itaku.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Turns the identity provider's roles claim into Itaku roles, the same way for browser
 * sign-on and for bearer tokens.
 */
@Component
class SsoRoles {

	private final SsoProperties properties;

	SsoRoles(SsoProperties properties) {
		this.properties = properties;
	}

	String rolesClaim() {
		return this.properties.rolesClaim();
	}

	/** The Itaku roles a claim value grants: mapped values and plain role names. */
	Set<Role> map(Object claim) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : values(claim)) {
			Role mapped = this.properties.roleMapping().get(value);
			if (mapped != null) {
				roles.add(mapped);
				continue;
			}
			String name = value.toUpperCase(Locale.ROOT);
			name = name.startsWith("ROLE_") ? name.substring(5) : name;
			for (Role role : Role.values()) {
				if (role.name().equals(name)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	/** A bearer token's authentication, with the roles its claim maps to (maybe none). */
	AbstractAuthenticationToken authenticationOf(Jwt jwt) {
		Set<Role> roles = map(jwt.getClaim(this.properties.rolesClaim()));
		String name = jwt.getClaimAsString(this.properties.usernameClaim());
		return new JwtAuthenticationToken(jwt,
				roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList(),
				(name != null) ? name : jwt.getSubject());
	}

	private static Collection<String> values(Object claim) {
		if (claim instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).map(String::strip).toList();
		}
		if (claim instanceof String text) {
			return java.util.Arrays.stream(text.split("[,\\s]+")).filter((part) -> !part.isEmpty()).toList();
		}
		return Set.of();
	}

}
