package jp.itaku.identity;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in local accounts (form and HTTP Basic) and counts failures for the lockout.
 * <p>
 * The lock and the disabled state are checked only after the password: a wrong password
 * always gets the same answer, whether the name exists, is locked or not, so that nobody
 * learns which user names exist; only the account's owner, who knows the password, is
 * told that it is locked.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks(LockoutAuthenticationProvider::checkState);
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(authentication.getName());
			throw ex;
		}
		this.attempts.succeeded(result.getName());
		if (result.getPrincipal() instanceof AccountUserDetails account) {
			return UsernamePasswordAuthenticationToken.authenticated(account.withoutPassword(), null,
					result.getAuthorities());
		}
		return result;
	}

	private static void checkState(UserDetails user) {
		if (!user.isAccountNonLocked()) {
			throw new LockedException("account locked");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		if (!user.isAccountNonExpired() || !user.isCredentialsNonExpired()) {
			throw new AccountExpiredException("account expired");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
