package jp.itaku.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.UserCommands.Created;
import jp.itaku.identity.UserCommands.NewUser;
import jp.itaku.identity.UserCommands.PasswordReset;
import jp.itaku.identity.UserCommands.UserChange;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Administrators manage accounts and roles here. Accounts are never deleted, only
 * disabled, and every change is published for the audit trail. An administrator cannot
 * take away their own ADMIN role nor disable themselves, so that Itaku always keeps an
 * administrator.
 */
@Service
@Transactional
class UserAdministration {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CurrentUsers currentUsers;

	private final UserContractors contractors;

	private final UserSessions sessions;

	UserAdministration(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
			ApplicationEventPublisher events, CurrentUsers currentUsers, UserContractors contractors,
			UserSessions sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.events = events;
		this.currentUsers = currentUsers;
		this.contractors = contractors;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	Page<UserView> search(String text, Pageable pageable) {
		String lower = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return this.accounts.search(lower, pageable).map(this::view);
	}

	@Transactional(readOnly = true)
	UserView get(UUID id) {
		return view(find(id));
	}

	Created create(NewUser command) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.accounts.findByUsername(command.username()).isPresent()) {
			problems.add(new FieldProblem("username", "identity.user.usernameTaken"));
		}
		problems.addAll(this.contractors.check(command.roles(), command.contractorId()));
		boolean generated = !StringUtils.hasText(command.password());
		String password = generated ? PasswordPolicy.oneTimePassword() : command.password();
		problems.addAll(PasswordPolicy.check("password", command.username(), password));
		refuseIfAny(problems);
		Instant now = this.clock.instant();
		UserAccount account = new UserAccount(command.username(), command.displayName(), this.encoder.encode(password),
				command.roles(), now);
		account.describe(command.displayName(), emptyToNull(command.email()), now);
		account.grant(command.roles(), command.contractorId(), now);
		this.accounts.saveAndFlush(account);
		this.events.publishEvent(new UserAccountCreated(account.getId(), account.getUsername(), actor(),
				new UserChanges().field("displayName", null, account.getDisplayName())
					.field("email", null, account.getEmail())
					.field("roles", null, UserChanges.roles(account.getRoles()))
					.field("contractorId", null, account.getContractorId())
					.note(generated ? "one-time password issued" : "initial password set")
					.toString()));
		return new Created(view(account), generated ? password : null);
	}

	UserView update(UUID id, UserChange change) {
		UserAccount account = current(id, change.version());
		List<FieldProblem> problems = new ArrayList<>(this.contractors.check(change.roles(), change.contractorId()));
		if (isSelf(account) && account.getRoles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN)) {
			problems.add(new FieldProblem("roles", "identity.user.ownAdminRole"));
		}
		refuseIfAny(problems);
		Set<Role> rolesBefore = Set.copyOf(account.getRoles());
		UserChanges changes = new UserChanges().field("displayName", account.getDisplayName(), change.displayName())
			.field("email", account.getEmail(), emptyToNull(change.email()))
			.field("roles", UserChanges.roles(account.getRoles()), UserChanges.roles(change.roles()));
		UUID contractorBefore = account.getContractorId();
		Instant now = this.clock.instant();
		account.describe(change.displayName(), emptyToNull(change.email()), now);
		account.grant(change.roles(), change.contractorId(), now);
		changes.field("contractorId", contractorBefore, account.getContractorId());
		if (changes.isEmpty()) {
			return view(account);
		}
		save(account, "UPDATED", changes.toString());
		if (!rolesBefore.equals(account.getRoles())) {
			// the user's sessions still carry the old roles
			this.sessions.endAll(account.getUsername());
		}
		return view(account);
	}

	UserView disable(UUID id, long version) {
		UserAccount account = current(id, version);
		if (isSelf(account)) {
			throw new ConflictException("an administrator cannot disable themselves",
					"identity.user.cannotDisableSelf");
		}
		if (account.isEnabled()) {
			account.disable(this.clock.instant());
			save(account, "DISABLED", "enabled: true → false");
			this.sessions.endAll(account.getUsername());
		}
		return view(account);
	}

	UserView enable(UUID id, long version) {
		UserAccount account = current(id, version);
		if (!account.isEnabled()) {
			account.enable(this.clock.instant());
			save(account, "ENABLED", "enabled: false → true");
		}
		return view(account);
	}

	UserView unlock(UUID id, long version) {
		UserAccount account = current(id, version);
		if (account.unlock(this.clock.instant())) {
			this.accounts.saveAndFlush(account);
			this.events.publishEvent(new AccountUnlocked(account.getId(), account.getUsername(), actor()));
		}
		return view(account);
	}

	PasswordReset resetPassword(UUID id, long version, String typedPassword) {
		UserAccount account = current(id, version);
		if (account.getExternalSubject() != null && !account.hasLocalPassword()) {
			throw new ConflictException("single sign-on accounts have no local password",
					"identity.user.singleSignOnPassword");
		}
		boolean generated = !StringUtils.hasText(typedPassword);
		String password = generated ? PasswordPolicy.oneTimePassword() : typedPassword;
		refuseIfAny(PasswordPolicy.check("password", account.getUsername(), password));
		account.changePasswordHash(this.encoder.encode(password), this.clock.instant());
		save(account, "PASSWORD_RESET", generated ? "one-time password issued" : "password set by administrator");
		this.sessions.endAll(account.getUsername());
		return new PasswordReset(view(account), generated ? password : null);
	}

	private UserAccount find(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("no user " + id));
	}

	private UserAccount current(UUID id, long expectedVersion) {
		UserAccount account = find(id);
		if (account.getVersion() != expectedVersion) {
			throw new ConflictException("user " + id + " changed meanwhile", "error.conflict");
		}
		return account;
	}

	private void save(UserAccount account, String action, String changes) {
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException("user " + account.getId() + " changed meanwhile", "error.conflict");
		}
		this.events
			.publishEvent(new UserAccountChanged(account.getId(), account.getUsername(), action, actor(), changes));
	}

	private boolean isSelf(UserAccount account) {
		CurrentUser me = this.currentUsers.current();
		return account.getId().equals(me.userId()) || account.getUsername().equals(me.username());
	}

	private String actor() {
		return this.currentUsers.actorName();
	}

	private UserView view(UserAccount account) {
		return UserView.of(account, this.contractors.nameOf(account.getContractorId()), this.clock.instant());
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String emptyToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
