package jp.itaku.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	private final CurrentUsers currentUsers;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events,
			CurrentUsers currentUsers) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.events = events;
		this.currentUsers = currentUsers;
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
		UUID id = this.accounts.save(account).getId();
		this.events.publishEvent(new UserAccountCreated(id, username, this.currentUsers.actorName(),
				new UserChanges().field("displayName", null, displayName)
					.field("roles", null, UserChanges.roles(account.getRoles()))
					.field("contractorId", null, contractorId)
					.toString()));
		return id;
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

	/**
	 * How many enabled accounts hold {@code role}, e.g. the size of the committee (委員会)
	 * whose majority decides an approval request.
	 */
	@Transactional(readOnly = true)
	public long countEnabledWith(Role role) {
		return this.accounts.countEnabledWith(role);
	}

	/**
	 * The enabled accounts holding at least one of {@code roles}, by user name: for
	 * example the subjects of the regulation, or the committee to notify.
	 */
	@Transactional(readOnly = true)
	public List<UserContact> enabledWithAny(Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.accounts.findEnabledWithAny(roles).stream().map(UserContact::of).toList();
	}

	/** The enabled account of {@code username}, if there is one. */
	@Transactional(readOnly = true)
	public Optional<UserContact> contact(String username) {
		return this.accounts.findByUsername(username).filter(UserAccount::isEnabled).map(UserContact::of);
	}

	/**
	 * The enabled accounts that represent the contractor {@code contractorId} (規程 8), by
	 * user name: for example to make the selection criteria known to it (規程 4.1(1)).
	 */
	@Transactional(readOnly = true)
	public List<UserContact> enabledOfContractor(UUID contractorId) {
		return this.accounts.findByContractorIdAndEnabledTrueOrderByUsername(contractorId)
			.stream()
			.map(UserContact::of)
			.toList();
	}

}
