package jp.itaku.selection;

import java.time.LocalDate;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail that sends a contractor's contact the criteria and its acknowledgement link
 * (規程 4.1(1) SEL-02: 電子メールでのリンク送付).
 */
class CriteriaLinkMailTests {

	private final CriteriaLinkMail mail = new CriteriaLinkMail(messages(), "itaku@example.jp",
			"https://itaku.example.jp/");

	@Test
	void theMailIsInJapaneseFromTheConfiguredSender() throws Exception {
		MimeMessage message = compose();
		assertThat(message.getSubject()).isEqualTo("【ご確認のお願い】委託先選定基準のお知らせ");
		assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("itaku@example.jp");
		assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo("tanaka@example.co.jp");
	}

	@Test
	void theMailNamesTheContactTheVersionAndTheExpiry() throws Exception {
		String body = (String) compose().getContent();
		assertThat(body).contains("周知先株式会社", "田中 様", "第3版「2026年度版」", "2027-01-25");
	}

	@Test
	void theMailCarriesTheAbsoluteLink() throws Exception {
		String body = (String) compose().getContent();
		assertThat(body).contains("https://itaku.example.jp/criteria-acknowledgements/secret-token-value");
	}

	private MimeMessage compose() throws Exception {
		MimeMessage message = this.mail.compose(new JavaMailSenderImpl(), "tanaka@example.co.jp", "田中", "周知先株式会社", 3,
				"2026年度版", LocalDate.of(2027, 1, 25), "secret-token-value");
		message.saveChanges();
		return message;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/selection");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
