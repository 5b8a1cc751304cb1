package jp.itaku.awareness;

import java.util.Set;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The awareness training screens: recording a session, its page, and the standing. */
@SpringBootTest
@AutoConfigureMockMvc
class AwarenessScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingSessions sessions;

	@Autowired
	UserAccounts accounts;

	private long heldOn(String day) {
		java.time.LocalDate date = java.time.LocalDate.parse(day);
		return this.sessions.search(new TrainingQuery(null, date, date), Pageable.unpaged()).getTotalElements();
	}

	@Test
	void aMemberRecordsASessionOnTheFormAndLandsOnItsPage() throws Exception {
		if (!this.accounts.exists("aws-attendee")) {
			this.accounts.createLocal("aws-attendee", "受講 太郎", "aw-password-123", Set.of(Role.MEMBER), null);
		}
		this.mvc
			.perform(post("/awareness").with(user("aws-member").roles("MEMBER"))
				.with(csrf())
				.param("kind", "PROCUREMENT")
				.param("title", "調達手順と選定基準の研修")
				.param("heldOn", "2026-05-12")
				.param("trainer", "委員会事務局")
				.param("attendees", "aws-attendee"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/awareness/*"))
			.andExpect(flash().attribute("notice", "awareness.notice.recorded"));
		this.mvc.perform(get("/awareness").param("from", "2026-05-12").with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("調達手順と選定基準の研修")))
			// an auditor reads but is offered no way to record
			.andExpect(content().string(not(containsString("id=\"awareness-new-link\""))));
	}

	@Test
	void aFormWithAFutureDayIsShownAgainWithTheReasonAndNothingIsStored() throws Exception {
		this.mvc
			.perform(post("/awareness").with(user("aws-member").roles("MEMBER"))
				.with(csrf())
				.param("kind", "SUPPLIER_CONTACT")
				.param("title", "委託先訪問時の行動規則")
				.param("heldOn", "2099-03-03")
				.param("trainer", "委員会事務局"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未来の日付は指定できません")))
			.andExpect(content().string(containsString("委託先訪問時の行動規則")));
		assertThat(heldOn("2099-03-03")).isZero();
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/awareness").with(user("aws-member").roles("MEMBER"))
				.param("kind", "PROCUREMENT")
				.param("title", "CSRF なし")
				.param("heldOn", "2026-04-04")
				.param("trainer", "x"))
			.andExpect(status().isForbidden());
		assertThat(heldOn("2026-04-04")).isZero();
	}

	@Test
	void theStandingPageShowsWhoWasNeverTrained() throws Exception {
		if (!this.accounts.exists("aws-never")) {
			this.accounts.createLocal("aws-never", "未受講 花子", "aw-password-123", Set.of(Role.COMMITTEE), null);
		}
		this.mvc
			.perform(get("/awareness/standing").param("kind", "SUPPLIER_CONTACT").with(user("c").roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未受講 花子 (aws-never)")))
			.andExpect(content().string(containsString("未受講")));
	}

	@Test
	void aContractorAccountCannotOpenTheTrainingRecords() throws Exception {
		this.mvc.perform(get("/awareness").with(user("rep").roles("CONTRACTOR"))).andExpect(status().isForbidden());
	}

}
