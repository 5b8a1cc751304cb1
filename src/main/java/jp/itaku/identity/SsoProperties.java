package jp.itaku.identity;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optional single sign-on over OpenID Connect. The login itself is configured with
 * Spring's {@code spring.security.oauth2.client.registration.itaku.*} properties; these
 * say how the identity provider's claims become Itaku roles.
 *
 * @param rolesClaim the claim holding the user's groups or roles (default {@code roles})
 * @param roleMapping claim value → Itaku role, e.g.
 * {@code itaku.sso.role-mapping.security-committee=COMMITTEE}; a value that is itself a
 * role name ({@code MEMBER}) needs no mapping
 * @param usernameClaim the claim giving the local user name of a new account (default
 * {@code preferred_username}, else the subject)
 * @param jwtIssuerUri when set, {@code /api/v1/**} also accepts bearer tokens from this
 * issuer (as does {@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 */
@ConfigurationProperties("itaku.sso")
public record SsoProperties(@DefaultValue("roles") String rolesClaim, Map<String, Role> roleMapping,
		@DefaultValue("preferred_username") String usernameClaim, String jwtIssuerUri) {

	public SsoProperties {
		roleMapping = (roleMapping != null) ? Map.copyOf(roleMapping) : Map.of();
	}

}
