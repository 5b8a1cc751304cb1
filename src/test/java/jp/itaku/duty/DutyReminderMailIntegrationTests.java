package jp.itaku.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jp.itaku.TestSmtp;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily reminder of duties by e-mail through a real SMTP server (GreenMail): one
 * digest per person and day however many duties they have, in their language, nothing
 * more when the job runs again, and escalation to every committee member. The only duty
 * test class with a mail server, so that the others share one application context.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "itaku.mail.from=itaku@example.jp",
		"itaku.base-url=https://itaku.example.jp" })
@AutoConfigureMockMvc
@DirtiesContext
class DutyReminderMailIntegrationTests {

	private static final String PASSWORD = "long-enough-password";

	private static final int SMTP_PORT = TestSmtp.freePort();

	private static final GreenMail smtp = TestSmtp.on(SMTP_PORT);

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	@Autowired
	DutyReminders reminders;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void anOwnerOfSeveralDueDutiesGetsOneDigestMailWithTheJapaneseSubject() throws Exception {
		String owner = account("dm-owner", Role.MEMBER);
		dutyOf(owner, -10, "甲システム株式会社");
		dutyOf(owner, 5, "乙データ株式会社");
		dutyOf(owner, 20, "丙クラウド株式会社");

		this.reminders.remindAll();

		MimeMessage mail = theOnlyMailTo(owner);
		assertThat(mail.getSubject()).isEqualTo("【Itaku】定期業務のお知らせ " + today() + "：期限超過 1 件、期限間近 2 件");
		assertThat((String) mail.getContent()).contains("甲システム株式会社 の再評価")
			.contains("乙データ株式会社 の再評価")
			.contains("丙クラウド株式会社 の再評価")
			.contains("https://itaku.example.jp/duties/");
	}

	@Test
	void anEnglishReaderGetsTheDigestInEnglish() throws Exception {
		String owner = account("dm-english", Role.MEMBER);
		speaks(owner, "en");
		dutyOf(owner, 5, "Delta Systems Ltd.");

		this.reminders.remindAll();

		MimeMessage mail = theOnlyMailTo(owner);
		assertThat(mail.getSubject()).isEqualTo("[Itaku] Duties on " + today() + ": 0 overdue, 1 due soon");
		assertThat((String) mail.getContent())
			.contains("Re-evaluate Delta Systems Ltd. against the selection criteria");
	}

	@Test
	void runningTheJobAgainTheSameDaySendsNoFurtherMail() throws Exception {
		String owner = account("dm-again", Role.MEMBER);
		dutyOf(owner, -3, "戊サービス株式会社");
		this.reminders.remindAll();
		theOnlyMailTo(owner);

		DutyReminders.ReminderRun again = this.reminders.remindAll();

		assertThat(again.digests()).isZero();
		// a mail only ever follows a notification, and there is still one
		this.mvc.perform(get("/api/v1/notifications").with(user(owner).roles("MEMBER")))
			.andExpect(jsonPath("$.content", hasSize(1)));
		assertThat(mailsTo(owner)).hasSize(1);
	}

	@Test
	void aDutyOverdueByMoreThanTwoWeeksReachesEveryCommitteeMemberInTheirDigest() throws Exception {
		String owner = account("dm-late", Role.MEMBER);
		String chair = account("dm-chair", Role.COMMITTEE);
		String second = account("dm-second", Role.COMMITTEE);
		dutyOf(owner, -30, "己ネットワーク株式会社");

		this.reminders.remindAll();

		for (String member : List.of(chair, second)) {
			assertThat((String) theOnlyMailTo(member).getContent()).contains("■ 委員会への報告：期限超過から 14 日を超えた定期業務")
				.contains("己ネットワーク株式会社 の再評価")
				.contains("担当: " + owner);
		}
		assertThat((String) theOnlyMailTo(owner).getContent()).contains("己ネットワーク株式会社 の再評価").doesNotContain("委員会への報告");
	}

	private LocalDate today() {
		return this.duties.today();
	}

	private void dutyOf(String owner, int dueInDays, String contractor) {
		DutyPlan plan = DutyFixtures.reevaluation(DutyOwner.user(owner), today(), dueInDays);
		this.duties
			.schedule(new DutyPlan(plan.key(), plan.requirementId(), plan.owner(), plan.titleKey(), List.of(contractor),
					plan.link(), plan.recurrence(), plan.anchor(), plan.graceDays(), plan.dueSoonDays()));
	}

	/**
	 * A new enabled account with the address {@code <username>@example.jp}, as an
	 * administrator makes it.
	 */
	private String account(String prefix, Role... roles) throws Exception {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String rolesJson = Arrays.stream(roles).map((role) -> "\"" + role + "\"").collect(Collectors.joining(","));
		this.mvc
			.perform(post("/api/v1/users").with(user("admin").roles("ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"email\":\""
						+ address(username) + "\",\"roles\":[" + rolesJson + "],\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isCreated());
		return username;
	}

	private void speaks(String username, String language) throws Exception {
		this.mvc
			.perform(put("/api/v1/preferences").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"" + language + "\",\"dateStyle\":\"ISO\"}"))
			.andExpect(status().isOk());
	}

	private static String address(String username) {
		return username + "@example.jp";
	}

	/** Waits for the mail listener, then answers the one mail {@code username} got. */
	private static MimeMessage theOnlyMailTo(String username) {
		await().atMost(PATIENCE).until(() -> !mailsTo(username).isEmpty());
		List<MimeMessage> mails = mailsTo(username);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static List<MimeMessage> mailsTo(String username) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> isTo(message, address(username))).toList();
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

}
