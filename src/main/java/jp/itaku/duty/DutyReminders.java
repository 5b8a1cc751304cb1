package jp.itaku.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import jp.itaku.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder of duties (定期業務, 規程 4.1, 4.3, 5.1–5.4, 9: what is due 定期的に gets
 * done): one digest per person and day, as an in-app notification and, when mail is
 * configured, one e-mail, in their language; duties overdue by more than
 * {@code itaku.reminders.escalate-after-days} also go to every committee member. Running
 * it again the same day, on this node or another, reminds nobody twice.
 */
@Service
public class DutyReminders {

	private static final Logger log = LoggerFactory.getLogger(DutyReminders.class);

	private final DutyRepository duties;

	private final ReminderClaims claims;

	private final ReminderTexts texts;

	private final ReminderProperties properties;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DutyReminders(DutyRepository duties, ReminderClaims claims, ReminderTexts texts, ReminderProperties properties,
			UserAccounts accounts, Notifications notifications, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.duties = duties;
		this.claims = claims;
		this.texts = texts;
		this.properties = properties;
		this.accounts = accounts;
		this.notifications = notifications;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Sends today's digests that have not been sent yet. Each person's digest commits on
	 * its own, so that one failure does not hold back the others' (the next run sends
	 * it).
	 */
	public ReminderRun remindAll() {
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		ReminderRules rules = new ReminderRules(this.properties.escalateAfterDays());
		List<String> committee = this.accounts.enabledWithAny(Set.of(Role.COMMITTEE))
			.stream()
			.map(UserContact::username)
			.toList();
		Map<String, ReminderDigest> digests = rules.digests(this.duties.dueSoonOrOverdue(today), committee, today);
		int sent = 0;
		List<UUID> reminded = new ArrayList<>();
		for (ReminderDigest digest : digests.values()) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> send(digest, today, now)))) {
					sent++;
					reminded.addAll(digest.dutyIds());
				}
			}
			catch (RuntimeException ex) {
				// its claim is rolled back with it, so that the next run tries this
				// person again
				log.warn("Reminder of {} to {} failed: {}", today, digest.recipient(), ex.toString());
			}
		}
		Instant startOfToday = today.atStartOfDay(this.clock.getZone()).toInstant();
		Integer marked = reminded.isEmpty() ? 0 : this.transactions
			.execute((status) -> this.duties.markReminded(Set.copyOf(reminded), now, startOfToday));
		return new ReminderRun(today, sent, (marked != null) ? marked : 0);
	}

	private boolean send(ReminderDigest digest, LocalDate today, Instant now) {
		Optional<UserContact> contact = this.accounts.contact(digest.recipient());
		// a disabled or removed owner cannot be told; the committee still sees the duty
		if (contact.isEmpty() || !this.claims.claim(digest.recipient(), today, digest.size(), now)) {
			return false;
		}
		Locale locale = contact.get().languageOr(Locale.JAPANESE);
		this.notifications.send(this.texts.notice(digest, today, this.properties.escalateAfterDays(), locale),
				List.of(digest.recipient()));
		return true;
	}

	/**
	 * What one run of the reminder did.
	 *
	 * @param day the day it reminded of
	 * @param digests how many people this run sent a digest to
	 * @param duties how many duties this run marked as reminded of today
	 */
	public record ReminderRun(LocalDate day, int digests, int duties) {
	}

}
