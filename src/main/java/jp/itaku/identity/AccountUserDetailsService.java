package jp.itaku.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			// an account that signs in only through single sign-on has no local password
			.filter(UserAccount::hasLocalPassword)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return AccountUserDetails.of(account, account.isLockedAt(this.clock.instant()));
	}

}
