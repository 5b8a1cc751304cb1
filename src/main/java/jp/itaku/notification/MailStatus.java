package jp.itaku.notification;

import java.util.Locale;
import java.util.Optional;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Whether mail is configured, as the administrator sees it, and a test mail to check the
 * settings. Never shows or logs the password.
 */
@Service
class MailStatus {

	private static final Logger log = LoggerFactory.getLogger(MailStatus.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationProperties properties;

	private final UserAccounts accounts;

	private final CurrentUsers currentUsers;

	private final MailComposer composer;

	private final NoticeTexts texts;

	MailStatus(ObjectProvider<JavaMailSender> mail, NotificationProperties properties, UserAccounts accounts,
			CurrentUsers currentUsers, MailComposer composer, NoticeTexts texts) {
		this.mail = mail;
		this.properties = properties;
		this.accounts = accounts;
		this.currentUsers = currentUsers;
		this.composer = composer;
		this.texts = texts;
	}

	MailSettingsView settings() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender instanceof JavaMailSenderImpl impl) {
			return new MailSettingsView(true, impl.getHost(), (impl.getPort() > 0) ? impl.getPort() : null,
					impl.getUsername(), this.properties.mail().from(), this.properties.baseUrl());
		}
		return new MailSettingsView(sender != null, null, null, null, this.properties.mail().from(),
				this.properties.baseUrl());
	}

	/**
	 * Sends a test mail to the signed-in administrator, at once, so that a wrong setting
	 * shows on the screen.
	 * @return the message key of the outcome
	 */
	TestMailOutcome sendTestToMe() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return new TestMailOutcome(false, "notification.mail.test.notConfigured", null);
		}
		String me = this.currentUsers.current().username();
		Optional<UserContact> contact = this.accounts.contact(me);
		if (contact.isEmpty() || contact.get().email() == null || contact.get().email().isBlank()) {
			return new TestMailOutcome(false, "notification.mail.test.noAddress", null);
		}
		String to = contact.get().email();
		Locale locale = contact.get().languageOr(Locale.JAPANESE);
		try {
			sender.send(
					this.composer.compose(sender, to, locale, this.texts.text("notification.mail.test.subject", locale),
							this.texts.text("notification.mail.test.body", locale, me), "/notifications/mail"));
		}
		catch (MailException ex) {
			log.warn("Test mail to user {} failed: {}", me, ex.getClass().getSimpleName());
			return new TestMailOutcome(false, "notification.mail.test.failed", ex.getClass().getSimpleName());
		}
		return new TestMailOutcome(true, "notification.mail.test.sent", to);
	}

	/**
	 * The mail settings in force.
	 *
	 * @param configured whether mail is sent at all ({@code spring.mail.host} is set)
	 * @param host the SMTP server
	 * @param port its port, or {@code null} for the protocol's default
	 * @param username the account on the SMTP server, or {@code null}
	 * @param from the sender address
	 * @param baseUrl the start of the links in mails
	 */
	record MailSettingsView(boolean configured, String host, Integer port, String username, String from,
			String baseUrl) {
	}

	/**
	 * What became of a test mail.
	 *
	 * @param sent whether it went out
	 * @param messageKey what to tell the administrator
	 * @param detail the address it went to, or the kind of failure
	 */
	record TestMailOutcome(boolean sent, String messageKey, String detail) {
	}

}
