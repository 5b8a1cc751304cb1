package jp.itaku.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a notification to its recipient after the notifying transaction has committed,
 * on another thread. A failed send leaves the in-app notification as it is and the event
 * publication incomplete, so that the mail is tried again ({@link MailRetry}, and when
 * the application restarts); a notification already e-mailed is never sent twice.
 */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	private final NotificationRepository notifications;

	private final UserAccounts accounts;

	private final ObjectProvider<JavaMailSender> mail;

	private final MailComposer composer;

	private final NoticeTexts texts;

	private final Clock clock;

	NotificationMailer(NotificationRepository notifications, UserAccounts accounts, ObjectProvider<JavaMailSender> mail,
			MailComposer composer, NoticeTexts texts, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.mail = mail;
		this.composer = composer;
		this.texts = texts;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(NotificationMailDue due) {
		Optional<Notification> found = this.notifications.findById(due.notificationId());
		if (found.isEmpty() || found.get().isEmailed()) {
			return;
		}
		Notification notification = found.get();
		JavaMailSender sender = this.mail.getIfAvailable();
		Optional<UserContact> contact = this.accounts.contact(notification.getRecipient());
		if (sender == null || contact.isEmpty() || contact.get().email() == null || contact.get().email().isBlank()) {
			// mail switched off, the account disabled or its address removed since: the
			// notification stays in the app
			log.info("Notification {} not e-mailed: no mail server or no address for its recipient",
					notification.getId());
			return;
		}
		Locale locale = contact.get().languageOr(Locale.JAPANESE);
		try {
			sender.send(this.composer.compose(sender, contact.get().email(), locale,
					this.texts.subject(notification, locale), this.texts.body(notification, locale),
					notification.getLink()));
		}
		catch (MailException ex) {
			// the address and the server's credentials stay out of the log
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			log.warn("E-mail of notification {} to user {} failed ({}: {}); it is tried again later",
					notification.getId(), notification.getRecipient(), cause.getClass().getSimpleName(),
					cause.getMessage());
			throw ex;
		}
		notification.markEmailed(this.clock.instant());
	}

}
