package jp.itaku.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's facade for other modules (demo data, tests, contractor accounts).
 */
@Service
@Transactional
public class UserAccounts {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	/**
	 * Creates a local account. A {@link Role#CONTRACTOR} account must name the one
	 * contractor it represents.
	 * @return the new account's id
	 */
	public UUID createLocal(String username, String displayName, String rawPassword, Set<Role> roles,
			UUID contractorId) {
		if (roles.contains(Role.CONTRACTOR) && contractorId == null) {
			throw new IllegalArgumentException("a contractor account must name its contractor");
		}
		UserAccount account = new UserAccount(username, displayName, this.encoder.encode(rawPassword), roles,
				this.clock.instant());
		account.assignContractor(contractorId);
		return this.accounts.save(account).getId();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::getId);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

}
