package jp.itaku.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-ins per account and locks an account after too many failures in a row, so
 * that a password cannot be guessed by trying.
 */
@Component
class LoginAttempts {

	private final UserAccountRepository accounts;

	private final LockoutProperties lockout;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LoginAttempts(UserAccountRepository accounts, LockoutProperties lockout, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.lockout = lockout;
		this.clock = clock;
		this.events = events;
	}

	/** Records a wrong password; an unknown user name leaves no trace. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		Instant now = this.clock.instant();
		this.accounts.findByUsername(username).ifPresent((account) -> {
			if (account.recordFailedLogin(this.lockout.maxAttempts(), this.lockout.duration(), now)) {
				this.events.publishEvent(new AccountLocked(account.getId(), account.getUsername(),
						account.getLockedUntil(), this.lockout.maxAttempts()));
			}
		});
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.accounts.findByUsername(username).ifPresent((account) -> {
			if (account.getFailedAttempts() > 0 || account.getLockedUntil() != null) {
				account.recordSuccessfulLogin();
			}
		});
	}

}
