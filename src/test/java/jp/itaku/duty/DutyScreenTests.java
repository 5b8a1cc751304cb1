package jp.itaku.duty;

import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DutyScreenTests {

	private static final RequestPostProcessor COMMITTEE = user("screen-committee").roles("COMMITTEE", "MEMBER");

	private static final String TITLE = "翠嶺システムズ株式会社 の再評価";

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	private UUID dutyOf(String owner, int dueInDays) {
		return this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user(owner), this.duties.today(), dueInDays));
	}

	@Test
	void theCommitteeFiltersTheOrganisationsListByOwnerAndStatus() throws Exception {
		UUID id = dutyOf("screen-owner", -20);
		this.mvc.perform(get("/duties").param("owner", "screen-owner").param("status", "OVERDUE").with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-duty-id=\"" + id + "\"")))
			.andExpect(content().string(containsString("期限超過")));
	}

	@Test
	void theListIsInEnglishForAnEnglishReader() throws Exception {
		dutyOf("screen-en", -20);
		this.mvc.perform(get("/duties").param("owner", "screen-en").header("Accept-Language", "en").with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overdue")))
			.andExpect(content().string(containsString("Re-evaluate 翠嶺システムズ株式会社")));
	}

	@Test
	void aMemberFollowsTheComplianceTablesLinkToTheOverdueDutiesOfARequirement() throws Exception {
		UUID id = this.duties
			.schedule(DutyFixtures.reevaluation(DutyOwner.user("screen-req"), this.duties.today(), -20, "OPS-01"));
		this.mvc
			.perform(get("/duties").param("requirement", "OPS-01")
				.param("status", "OVERDUE")
				.with(user("screen-m").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-duty-id=\"" + id + "\"")));
	}

	@Test
	void aContractorAccountMayNotOpenTheList() throws Exception {
		this.mvc.perform(get("/duties").with(user("screen-c").roles("CONTRACTOR"))).andExpect(status().isForbidden());
	}

	@Test
	void theFeedPageOffersToTurnTheFeedOn() throws Exception {
		this.mvc.perform(get("/duties/feed").with(user("screen-feed").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("URL を発行して有効にする")));
	}

	@Test
	void theCalendarIsInEnglishForAnEnglishReader() throws Exception {
		this.mvc
			.perform(get("/duties/calendar").param("month", "2026-11")
				.header("Accept-Language", "en")
				.with(user("screen-cal-en").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Duties in 11/2026")))
			.andExpect(content().string(containsString("Previous month")));
	}

	@Test
	void aContractorAccountMayNotOpenTheCalendar() throws Exception {
		this.mvc.perform(get("/duties/calendar").with(user("screen-c").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOwnerSeesTheCompletionForm() throws Exception {
		UUID id = dutyOf("screen-own", -1);
		this.mvc.perform(get("/duties/{id}", id).with(user("screen-own").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"complete-form\"")))
			.andExpect(content().string(containsString("12か月ごと")));
	}

	@Test
	void anotherMemberSeesNoCompletionForm() throws Exception {
		UUID id = dutyOf("screen-own2", -1);
		this.mvc.perform(get("/duties/{id}", id).with(user("screen-else").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"complete-form\""))));
	}

	@Test
	void completingThroughTheFormRecordsItAndSaysSo() throws Exception {
		UUID id = dutyOf("screen-done", -1);
		this.mvc
			.perform(post("/duties/{id}/complete", id).param("version", "0")
				.param("note", "面談で確認")
				.with(user("screen-done").roles("MEMBER"))
				.with(csrf()))
			.andExpect(redirectedUrl("/duties/" + id))
			.andExpect(flash().attribute("notice", "duty.notice.completed"));
		this.mvc.perform(get("/duties/{id}", id).with(user("screen-done").roles("MEMBER")))
			.andExpect(content().string(containsString("面談で確認")));
	}

	@Test
	void completingAStaleVersionShowsTheConflictMessage() throws Exception {
		UUID id = dutyOf("screen-stale", -1);
		RequestPostProcessor owner = user("screen-stale").roles("MEMBER");
		this.mvc.perform(post("/duties/{id}/complete", id).param("version", "0").with(owner).with(csrf()));
		this.mvc.perform(post("/duties/{id}/complete", id).param("version", "0").with(owner).with(csrf()))
			.andExpect(flash().attribute("problem", "duty.error.concurrent"));
	}

	@Test
	void completingWithoutTheCsrfTokenIsRefused() throws Exception {
		UUID id = dutyOf("screen-csrf", -1);
		this.mvc
			.perform(post("/duties/{id}/complete", id).param("version", "0").with(user("screen-csrf").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCalendarShowsADutyOnItsDueDate() throws Exception {
		UUID id = dutyOf("screen-cal", 3);
		YearMonth month = YearMonth.from(this.duties.today().plusDays(3));
		this.mvc
			.perform(get("/duties/calendar").param("month", month.toString()).with(user("screen-cal").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/duties/" + id)));
	}

	@Test
	void aMembersCalendarLeavesOutOtherPeoplesDuties() throws Exception {
		UUID id = dutyOf("screen-cal-other", 3);
		YearMonth month = YearMonth.from(this.duties.today().plusDays(3));
		this.mvc
			.perform(get("/duties/calendar").param("month", month.toString()).with(user("screen-cal2").roles("MEMBER")))
			.andExpect(content().string(not(containsString("/duties/" + id))));
	}

	@Test
	void theHomePageShowsMyDuties() throws Exception {
		UUID id = dutyOf("screen-home", -5);
		this.mvc.perform(get("/").with(user("screen-home").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("自分の定期業務")))
			.andExpect(content().string(containsString("/duties/" + id)))
			.andExpect(content().string(containsString(TITLE)));
	}

}
