package jp.itaku.selection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes the mail that sends a contractor the criteria in force with its acknowledgement
 * link (規程 4.1(1) SEL-02: 電子メールでのリンク送付), in Japanese since contractors are Japanese
 * companies, plain text in UTF-8, from {@code itaku.mail.from}, the link made absolute
 * with {@code itaku.base-url}.
 */
@Component
class CriteriaLinkMail {

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	CriteriaLinkMail(MessageSource messages, @Value("${itaku.mail.from:itaku@localhost}") String from,
			@Value("${itaku.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The absolute address of the acknowledgement page of {@code token}. */
	String link(String token) {
		return this.baseUrl + AcknowledgementLinks.PATH + token;
	}

	/** The mail to {@code to} for {@code contractorName}'s contact. */
	MimeMessage compose(JavaMailSender sender, String to, String contactName, String contractorName, int number,
			String title, LocalDate expiresOn, String token) {
		Locale japanese = Locale.JAPANESE;
		String subject = this.messages.getMessage("selection.link.mail.subject", null, japanese);
		String body = this.messages.getMessage("selection.link.mail.body",
				new Object[] { contractorName, contactName, String.valueOf(number), title, expiresOn.toString() },
				japanese);
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body + "\n\n" + link(token) + "\n", false);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("could not prepare the criteria mail", ex);
		}
		return message;
	}

}
