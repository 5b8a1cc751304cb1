package jp.itaku.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a user's new preferences into their signed-in session, so that the next page is
 * already in the chosen language and date style.
 */
@Component
class SessionPrincipals {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	void refresh(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Authentication refreshed = null;
		if (current != null && current.getPrincipal() instanceof AccountUserDetails) {
			AccountUserDetails details = AccountUserDetails.of(account, false).withoutPassword();
			refreshed = UsernamePasswordAuthenticationToken.authenticated(details, null, current.getAuthorities());
		}
		else if (current instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof ItakuOidcUser user) {
			refreshed = new OAuth2AuthenticationToken(user.refreshed(account), token.getAuthorities(),
					token.getAuthorizedClientRegistrationId());
		}
		if (refreshed == null) {
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(refreshed);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
