package jp.itaku.duty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.notification.Notifications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily reminder in the application without a mail server: the digest is an in-app
 * notification, once a day, and an administrator is told on the duty list that mail is
 * off. Mail itself: {@code DutyReminderMailIntegrationTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DutyRemindersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	@Autowired
	DutyReminders reminders;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DutyRepository repository;

	@Autowired
	ReminderClaims claims;

	@Autowired
	ReminderTexts texts;

	@Autowired
	ReminderProperties properties;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	private String member() {
		String username = "rm-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createLocal(username, "リマインド " + username, "long-enough-password", Set.of(Role.MEMBER), null);
		return username;
	}

	private void dutyOf(String owner, int dueInDays) {
		this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user(owner), this.duties.today(), dueInDays));
	}

	private ResultActions digestsOf(String username) throws Exception {
		return this.mvc.perform(get("/api/v1/notifications").with(user(username).roles("MEMBER")))
			.andExpect(status().isOk());
	}

	@Test
	void withoutMailTheOwnerFindsOneDigestOfAllTheirDueDutiesAmongTheirNotifications() throws Exception {
		String owner = member();
		dutyOf(owner, -20);
		dutyOf(owner, 3);

		this.reminders.remindAll();

		LocalDate today = this.duties.today();
		digestsOf(owner).andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].kind").value("duty-reminder"))
			.andExpect(jsonPath("$.content[0].subject").value("【Itaku】定期業務のお知らせ " + today + "：期限超過 1 件、期限間近 1 件"))
			.andExpect(jsonPath("$.content[0].link").value("/duties"))
			.andExpect(jsonPath("$.content[0].body").value(containsString("翠嶺システムズ株式会社 の再評価")));
	}

	@Test
	void runningTheJobAgainTheSameDayRemindsNobody() throws Exception {
		String owner = member();
		dutyOf(owner, -20);
		DutyReminders.ReminderRun first = this.reminders.remindAll();

		DutyReminders.ReminderRun second = this.reminders.remindAll();

		assertThat(first.digests()).isPositive();
		assertThat(second.digests()).isZero();
		assertThat(second.duties()).isZero();
		digestsOf(owner).andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void aDutyStillOverdueTheNextDayIsRemindedOfAgainThatDay() throws Exception {
		String owner = member();
		dutyOf(owner, -20);
		this.reminders.remindAll();

		remindersOn(Clock.offset(this.clock, Duration.ofDays(1))).remindAll();

		digestsOf(owner).andExpect(jsonPath("$.content", hasSize(2)));
	}

	@Test
	void aDutyNotYetDueSoonRemindsNobody() throws Exception {
		String owner = member();
		dutyOf(owner, 45);

		this.reminders.remindAll();

		digestsOf(owner).andExpect(jsonPath("$.content", hasSize(0)));
	}

	@Test
	void anAdministratorIsToldOnTheDutyListThatRemindersStayInTheAppWithoutMail() throws Exception {
		this.mvc.perform(get("/duties").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duty-mail-missing\"")))
			.andExpect(content().string(containsString("href=\"/notifications/mail\"")));
	}

	@Test
	void aMemberIsNotBotheredWithTheMailSettings() throws Exception {
		this.mvc.perform(get("/duties").with(user("rm-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("duty-mail-missing"))));
	}

	/** The job as it runs on another day. */
	private DutyReminders remindersOn(Clock day) {
		return new DutyReminders(this.repository, this.claims, this.texts, this.properties, this.accounts,
				this.notifications, this.transactions, day);
	}

}
