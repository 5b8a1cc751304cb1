package jp.itaku.regulation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import jp.itaku.shared.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 既読確認: every subject of the regulation (規程 2: the organisation's members) reads and
 * acknowledges the version in force (規程 8 PUB-01, 規程 9 REV-02 "全対象者に通知"). Members see a
 * banner until they do; the committee sees who has and has not, and reminds them.
 */
@Service
@Transactional(readOnly = true)
public class Acknowledgements {

	/** Who the regulation applies to: the organisation's accounts, never contractors. */
	static final Set<Role> SUBJECTS = Set.of(Role.MEMBER, Role.COMMITTEE, Role.AUDITOR, Role.ADMIN);

	private final JdbcClient jdbc;

	private final Regulation regulation;

	private final UserAccounts accounts;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RegulationDuties duties;

	Acknowledgements(JdbcClient jdbc, Regulation regulation, UserAccounts accounts, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock, RegulationDuties duties) {
		this.duties = duties;
		this.jdbc = jdbc;
		this.regulation = regulation;
		this.accounts = accounts;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The version in force, when the signed-in user is one of its subjects and has not
	 * acknowledged it: what the banner asks them to read.
	 */
	public Optional<RegulationVersion> pendingForCurrentUser() {
		CurrentUser user = this.currentUsers.current();
		if (user == null || SUBJECTS.stream().noneMatch(user::has)) {
			return Optional.empty();
		}
		return this.regulation.inForce().filter((version) -> acknowledgedAt(version.number(), user.username()) == null);
	}

	/** When the signed-in user acknowledged {@code number}, if they did. */
	public Optional<Instant> acknowledgedByCurrentUser(int number) {
		return Optional.ofNullable(acknowledgedAt(number, this.currentUsers.current().username()));
	}

	/**
	 * The caller acknowledges that they have read a version in force or about to take
	 * effect. Acknowledging twice keeps the first time.
	 * @return when they acknowledged it
	 */
	@Transactional
	public Instant acknowledge(int number) {
		CurrentUser user = this.currentUsers.current();
		if (SUBJECTS.stream().noneMatch(user::has)) {
			throw new AccessDeniedException("only the regulation's subjects acknowledge it");
		}
		RegulationVersion version = this.regulation.get(number);
		if (version.status() != RegulationVersion.Status.IN_FORCE
				&& version.status() != RegulationVersion.Status.SCHEDULED) {
			throw new ConflictException("version " + number + " is " + version.status(),
					"regulation.acknowledgement.error.not-current");
		}
		Instant existing = acknowledgedAt(number, user.username());
		if (existing != null) {
			return existing;
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO regulation_acknowledgement (version_number, username, acknowledged_at) VALUES (?, ?, ?)")
			.params(number, user.username(), now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new RegulationAcknowledged(number, user.username()));
		this.accounts.contact(user.username()).ifPresent((subject) -> this.duties.acknowledged(number, subject));
		return now;
	}

	/**
	 * Every subject with when they acknowledged {@code number}, those who have not first,
	 * then by user name.
	 */
	public List<Acknowledgement> of(int number) {
		this.regulation.get(number);
		Map<String, Instant> acknowledged = acknowledgements(number);
		return subjects().stream()
			.map((subject) -> new Acknowledgement(subject.username(), subject.displayName(),
					acknowledged.get(subject.username())))
			.sorted(Comparator.comparing((Acknowledgement a) -> a.acknowledgedAt() != null)
				.thenComparing(Acknowledgement::username))
			.toList();
	}

	/** The subjects who have not acknowledged {@code number}. */
	List<UserContact> outstanding(int number) {
		Map<String, Instant> acknowledged = acknowledgements(number);
		return subjects().stream().filter((subject) -> !acknowledged.containsKey(subject.username())).toList();
	}

	List<UserContact> subjects() {
		return this.accounts.enabledWithAny(SUBJECTS);
	}

	private Map<String, Instant> acknowledgements(int number) {
		return this.jdbc
			.sql("SELECT username, acknowledged_at FROM regulation_acknowledgement WHERE version_number = ?")
			.param(number)
			.query((rs, row) -> Map.entry(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Instant acknowledgedAt(int number, String username) {
		return this.jdbc
			.sql("SELECT acknowledged_at FROM regulation_acknowledgement WHERE version_number = ? AND username = ?")
			.params(number, username)
			.query((rs, row) -> instant(rs.getObject(1, OffsetDateTime.class)))
			.optional()
			.orElse(null);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * One subject's acknowledgement of a version.
	 *
	 * @param username the subject
	 * @param displayName their name
	 * @param acknowledgedAt when they acknowledged it, none while they have not
	 */
	public record Acknowledgement(String username, String displayName, Instant acknowledgedAt) {

		public boolean acknowledged() {
			return this.acknowledgedAt != null;
		}

	}

}
