package jp.itaku.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jp.itaku.TestSmtp;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Notifications by e-mail through a real SMTP server (GreenMail): after the notifying
 * transaction commits, on another thread, one mail per recipient with an address, in
 * their language, with an absolute link. The only test class with a mail server, so that
 * every other test shares one application context.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.username=itaku-smtp",
		"spring.mail.password=" + NotificationMailIntegrationTests.SMTP_SECRET, "itaku.mail.from=itaku@example.jp",
		"itaku.base-url=https://itaku.example.jp/" })
@AutoConfigureMockMvc
@DirtiesContext
class NotificationMailIntegrationTests {

	static final String SMTP_SECRET = "never-shown-smtp-secret";

	private static final int SMTP_PORT = TestSmtp.freePort();

	private static final GreenMail smtp = TestSmtp.on(SMTP_PORT);

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationRepository repository;

	@Autowired
	MailRetry mailRetry;

	@Autowired
	JdbcTemplate jdbc;

	private TestAccounts accounts;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
		// the server asks for the password, as a real relay would
		smtp.setUser("itaku-smtp", SMTP_SECRET);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void accounts() {
		this.accounts = new TestAccounts(this.mvc);
	}

	private void tell(String link, String... usernames) {
		this.notifications.send(new Notice("regulation-version", "notification.mail.test.subject",
				"notification.mail.test.body", List.of("S01"), link), List.of(usernames));
	}

	private void awaitEmailed(String username) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.repository.findByRecipient(username, Inbox.page(0, 10)).getContent())
				.singleElement()
				.satisfies((notification) -> assertThat(notification.getEmailedAt()).isNotNull()));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> isTo(message, address)).toList();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch((recipient) -> ((InternetAddress) recipient).getAddress().equals(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void eachRecipientWithAnAddressGetsExactlyOneMailWithTheJapaneseSubjectAndAnAbsoluteLink() throws Exception {
		String first = this.accounts.create("nm-first", true, Role.MEMBER);
		String second = this.accounts.create("nm-second", true, Role.COMMITTEE);

		tell("/regulation/versions/2", first, second);
		awaitEmailed(first);
		awaitEmailed(second);

		for (String recipient : List.of(first, second)) {
			assertThat(mailsTo(TestAccounts.address(recipient))).singleElement().satisfies((mail) -> {
				assertThat(mail.getSubject()).isEqualTo("【Itaku】テストメール");
				assertThat(mail.getFrom()).extracting((from) -> ((InternetAddress) from).getAddress())
					.containsExactly("itaku@example.jp");
				assertThat((String) mail.getContent()).contains("S01 さん")
					.contains("https://itaku.example.jp/regulation/versions/2");
			});
		}
	}

	@Test
	void aRecipientWhoReadsEnglishGetsTheMailInEnglish() throws Exception {
		String reader = this.accounts.create("nm-english", true, Role.MEMBER);
		this.accounts.speaks(reader, "en");

		tell(null, reader);
		awaitEmailed(reader);

		assertThat(mailsTo(TestAccounts.address(reader))).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("[Itaku] Test mail");
			assertThat((String) mail.getContent()).contains("Dear S01,");
		});
	}

	@Test
	void aRecipientWithoutAnAddressGetsOnlyTheInAppNotification() throws Exception {
		String withAddress = this.accounts.create("nm-with", true, Role.MEMBER);
		String without = this.accounts.create("nm-without", false, Role.MEMBER);
		int mailsBefore = smtp.getReceivedMessages().length;

		tell(null, withAddress, without);
		awaitEmailed(withAddress);

		assertThat(this.repository.findByRecipient(without, Inbox.page(0, 10)).getContent()).singleElement()
			.satisfies((notification) -> assertThat(notification.getEmailedAt()).isNull());
		assertThat(smtp.getReceivedMessages()).hasSize(mailsBefore + 1);
	}

	@Test
	void aFailedMailKeepsTheInAppNotificationAndIsSentByTheRetry() throws Exception {
		String reader = this.accounts.create("nm-retry", true, Role.MEMBER);
		smtp.stop();
		UUID id;
		try {
			tell(null, reader);
			id = this.repository.findByRecipient(reader, Inbox.page(0, 1)).getContent().get(0).getId();
			await().atMost(PATIENCE).untilAsserted(() -> assertThat(publicationStatus(id)).isEqualTo("FAILED"));
			assertThat(this.repository.findById(id).orElseThrow().getEmailedAt()).isNull();
		}
		finally {
			startSmtp();
		}

		this.mailRetry.retryFailedMails();
		awaitEmailed(reader);
		assertThat(mailsTo(TestAccounts.address(reader))).hasSize(1);
	}

	private String publicationStatus(UUID notificationId) {
		return this.jdbc.queryForObject("select status from event_publication where serialized_event like ?",
				String.class, "%" + notificationId + "%");
	}

	@Test
	void theAdministratorsTestMailArrives() throws Exception {
		String admin = this.accounts.create("nm-admin", true, Role.ADMIN);

		this.mvc.perform(post("/notifications/mail/test").with(user(admin).roles("ADMIN")).with(csrf()))
			.andExpect(content().string(containsString("テストメールを " + TestAccounts.address(admin) + " に送信しました。")));

		assertThat(mailsTo(TestAccounts.address(admin))).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("【Itaku】テストメール"));
	}

	@Test
	void theStatusPageShowsTheServerButNeverThePassword() throws Exception {
		this.mvc.perform(get("/notifications/mail").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("id=\"mail-configured\""), containsString("127.0.0.1"),
					containsString(">" + SMTP_PORT + "<"), containsString("itaku@example.jp"),
					containsString("itaku-smtp"), not(containsString(SMTP_SECRET)))));
	}

}
