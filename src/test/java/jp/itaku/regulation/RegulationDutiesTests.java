package jp.itaku.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regulation's periodic duties (定期業務): a new member is asked to acknowledge the
 * version in force within 14 days, which their acknowledgement completes (規程 8 PUB-01);
 * the committee's yearly review is due 12 months after the last (規程 9 REV-03).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegulationDutiesTests {

	private static final String PASSWORD = "long-enough-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Regulation regulation;

	@Autowired
	Clock clock;

	@Test
	void aNewMemberIsAskedToAcknowledgeWithinFourteenDaysAndAcknowledgingCompletesIt() throws Exception {
		String username = "duty-reader-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createLocal(username, "新任 会員", PASSWORD, Set.of(Role.MEMBER), null);
		LocalDate today = LocalDate.now(this.clock);
		int number = this.regulation.inForce().orElseThrow().number();
		String mine = "/api/v1/duties?requirement=PUB-01&owner=" + username;

		this.mvc.perform(get(mine).with(user("auditor-d").roles("AUDITOR")))
			.andExpect(jsonPath("$.content[*].dueOn", contains(today.plusDays(14).toString())))
			.andExpect(jsonPath("$.content[*].status", contains("PLANNED")))
			.andExpect(jsonPath("$.content[*].link", contains("/regulation/versions/" + number)));

		this.mvc
			.perform(
					post("/api/v1/regulation/versions/{n}/acknowledgement", number).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isCreated());

		this.mvc.perform(get(mine).with(user("auditor-d").roles("AUDITOR")))
			.andExpect(jsonPath("$.content[*].status", contains("DONE")));
	}

	@Test
	void recordingTheYearlyReviewSchedulesTheNextTwelveMonthsLater() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		this.mvc
			.perform(post("/api/v1/regulation/reviews").with(user("committee-d").roles("COMMITTEE"))
				.contentType("application/json")
				.content("{\"reviewedOn\":\"" + today + "\",\"outcome\":\"NO_CHANGE\",\"summary\":\"年次見直し\"}"))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/v1/duties?requirement=REV-03").with(user("auditor-d").roles("AUDITOR")))
			.andExpect(jsonPath("$.content[*].dueOn", contains(today.plusMonths(12).toString())))
			.andExpect(jsonPath("$.content[*].committee", contains(true)))
			.andExpect(jsonPath("$.content[*].status", contains("PLANNED")));
	}

}
