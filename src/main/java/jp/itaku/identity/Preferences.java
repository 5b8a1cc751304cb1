package jp.itaku.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in user may change about their own account: language, date display
 * and their password.
 */
@Service
@Transactional
class Preferences {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Preferences(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	UserAccount of(CurrentUser user) {
		return find(user);
	}

	/**
	 * @param locale the language, or {@code null} to follow the browser
	 */
	UserAccount choose(CurrentUser user, Locale locale, DateStyle dateStyle) {
		UserAccount account = find(user);
		UserChanges changes = new UserChanges().field("locale", account.preferredLocale(), locale)
			.field("dateStyle", account.getDateStyle(), dateStyle);
		if (!changes.isEmpty()) {
			account.choosePreferences(locale, dateStyle, this.clock.instant());
			this.events.publishEvent(new UserAccountChanged(account.getId(), account.getUsername(),
					"PREFERENCES_CHANGED", account.getUsername(), changes.toString()));
		}
		return account;
	}

	/** Changes the user's own password; the current one must be given. */
	void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		UserAccount account = find(user);
		if (!account.hasLocalPassword() || currentPassword == null
				|| !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException(
					List.of(new FieldProblem("currentPassword", "identity.password.currentWrong")));
		}
		List<FieldProblem> problems = new ArrayList<>(
				PasswordPolicy.check("newPassword", account.getUsername(), newPassword));
		if (Objects.equals(currentPassword, newPassword)) {
			problems.add(new FieldProblem("newPassword", "identity.password.unchanged"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		account.changePasswordHash(this.encoder.encode(newPassword), this.clock.instant());
		this.events.publishEvent(new UserAccountChanged(account.getId(), account.getUsername(), "PASSWORD_CHANGED",
				account.getUsername(), "password changed by its owner"));
	}

	private UserAccount find(CurrentUser user) {
		return ((user.userId() != null) ? this.accounts.findById(user.userId())
				: this.accounts.findByUsername(user.username()))
			.orElseThrow(() -> new NotFoundException("no account for " + user.username()));
	}

}
