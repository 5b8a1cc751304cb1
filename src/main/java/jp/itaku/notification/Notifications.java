package jp.itaku.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people something: the one way every module notifies, for example every subject of
 * the regulation of a new version (規程 9 改訂: 対象者への周知) or the committee of a request
 * awaiting its decision.
 */
@Service
public class Notifications {

	private final NotificationRepository notifications;

	private final UserAccounts accounts;

	private final ObjectProvider<JavaMailSender> mail;

	private final ApplicationEventPublisher events;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Notifications(NotificationRepository notifications, UserAccounts accounts, ObjectProvider<JavaMailSender> mail,
			ApplicationEventPublisher events, CurrentUsers currentUsers, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.mail = mail;
		this.events = events;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/**
	 * Records an in-app notification for each enabled account among usernames
	 * (unknown/disabled ones skipped) and, when mail is configured and the recipient has
	 * an e-mail address, sends them one e-mail after the transaction commits. Returns how
	 * many people were notified.
	 */
	@Transactional
	public int send(Notice notice, Collection<String> usernames) {
		Objects.requireNonNull(notice, "notice");
		boolean mailConfigured = this.mail.getIfAvailable() != null;
		Instant now = this.clock.instant();
		int notified = 0;
		// a name listed twice is one person, notified once
		for (String username : new LinkedHashSet<>(usernames)) {
			Optional<UserContact> contact = (username == null || username.isBlank()) ? Optional.empty()
					: this.accounts.contact(username);
			if (contact.isEmpty()) {
				continue;
			}
			Notification notification = this.notifications
				.save(new Notification(contact.get().username(), notice, now));
			notified++;
			if (mailConfigured && hasAddress(contact.get())) {
				this.events.publishEvent(new NotificationMailDue(notification.getId()));
			}
		}
		if (notified > 0) {
			this.events.publishEvent(
					new NotificationsSent(notice.kind(), notice.link(), notified, this.currentUsers.actorName()));
		}
		return notified;
	}

	/**
	 * Whether notifications also go out by e-mail ({@code spring.mail.host} is set);
	 * without it they stay in the app, and screens may say so to administrators.
	 */
	public boolean mailConfigured() {
		return this.mail.getIfAvailable() != null;
	}

	private static boolean hasAddress(UserContact contact) {
		return contact.email() != null && !contact.email().isBlank();
	}

}
