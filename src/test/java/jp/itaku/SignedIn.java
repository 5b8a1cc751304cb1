package jp.itaku;

import java.util.Arrays;
import java.util.function.Supplier;

import jp.itaku.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a facade call in a test signed in as someone, as a screen or the API would: the
 * one helper the modules' test fixtures delegate to.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** Runs {@code action} signed in as {@code username} with {@code roles}. */
	public static <T> T as(String username, Supplier<T> action, Role... roles) {
		var authorities = Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
