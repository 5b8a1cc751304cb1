package jp.itaku.identity;

import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in a user the identity provider vouches for: maps the roles claim to Itaku roles
 * and links the user to a local account record by its subject, so that preferences, the
 * contractor of a contractor account and the audit trail work as for local accounts. A
 * user without any mapped role is refused.
 */
@Component
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService oidc = new OidcUserService();

	private final SsoRoles roles;

	private final SsoAccounts accounts;

	SsoUserService(SsoRoles roles, SsoAccounts accounts) {
		this.roles = roles;
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.oidc.loadUser(request);
		Set<Role> granted = this.roles.map(user.getClaims().get(this.roles.rolesClaim()));
		if (granted.isEmpty()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", "no Itaku role granted", null));
		}
		UserAccount account = this.accounts.link(user, granted);
		if (!account.isEnabled() || account.getRoles().isEmpty()) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("access_denied", "account disabled or without a usable role", null));
		}
		return ItakuOidcUser.of(user, account);
	}

}
