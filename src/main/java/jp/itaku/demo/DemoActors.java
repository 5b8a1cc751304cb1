package jp.itaku.demo;

import java.util.List;
import java.util.function.Supplier;

import jp.itaku.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs in as a demo user for one step, so that the audit trail records the step as that
 * user's, as it would have been had they done it on the screens.
 */
final class DemoActors {

	private DemoActors() {
	}

	/** Does {@code step} signed in as {@code username} with {@code role}. */
	static <T> T as(String username, Role role, Supplier<T> step) {
		return as(username, List.of(role), step);
	}

	/** Does {@code step} signed in as {@code username} with {@code roles}. */
	static <T> T as(String username, List<Role> roles, Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(roles.stream().map(Role::authority).toList())));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
