package jp.itaku.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes one plain-text mail in UTF-8 (so that Japanese subjects and bodies arrive
 * intact), from {@code itaku.mail.from}, with the link made absolute by
 * {@code itaku.base-url}.
 */
@Component
class MailComposer {

	private final NotificationProperties properties;

	private final NoticeTexts texts;

	MailComposer(NotificationProperties properties, NoticeTexts texts) {
		this.properties = properties;
		this.texts = texts;
	}

	MimeMessage compose(JavaMailSender sender, String to, Locale locale, String subject, String body, String link) {
		StringBuilder text = new StringBuilder(body);
		if (link != null) {
			text.append("\n\n").append(this.properties.absolute(link));
		}
		text.append("\n\n-- \n").append(this.texts.text("notification.mail.footer", locale));
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.mail().from());
			helper.setTo(to);
			// one line: a message with a line break would otherwise fold into the headers
			helper.setSubject(subject.replaceAll("[\\r\\n]+", " "));
			helper.setText(text.toString(), false);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("could not prepare the mail", ex);
		}
		return message;
	}

}
