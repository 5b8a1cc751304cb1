package jp.itaku.awareness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must be trained, and where each of them stands (S10, S11): the enabled accounts
 * with the audience's roles, each with their latest session of the kind.
 */
@Component
class TrainingAudience {

	private static final Set<Role> INTERNAL = Set.of(Role.MEMBER, Role.COMMITTEE, Role.AUDITOR, Role.ADMIN);

	private final UserAccounts accounts;

	private final TrainingSessionRepository sessions;

	private final AwarenessSettings settings;

	private final Clock clock;

	TrainingAudience(UserAccounts accounts, TrainingSessionRepository sessions, AwarenessSettings settings,
			Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether {@code username} is an enabled account of the organisation's own staff. */
	boolean isInternal(String username) {
		return this.accounts.contact(username)
			.map((contact) -> contact.roles().stream().anyMatch(INTERNAL::contains))
			.orElse(false);
	}

	/** Everyone who must have had training of {@code kind}, the untrained first. */
	@Transactional(readOnly = true)
	List<PersonStanding> standing(TrainingKind kind) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, LocalDate> latest = new HashMap<>();
		for (Object[] row : this.sessions.latestPerPerson(kind)) {
			latest.put((String) row[0], (LocalDate) row[1]);
		}
		return this.accounts.enabledWithAny(this.settings.audience(kind))
			.stream()
			.map((UserContact person) -> PersonStanding.of(person.username(), person.displayName(),
					latest.get(person.username()), today, this.settings))
			.sorted(Comparator.comparing(PersonStanding::state).reversed().thenComparing(PersonStanding::username))
			.toList();
	}

}
