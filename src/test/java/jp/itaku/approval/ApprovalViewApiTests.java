package jp.itaku.approval;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * What the committee reads of a request through the API besides its history: how far it
 * is from approval under the rule, and where its subject lives.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalViewApiTests {

	private static final String API = "/api/v1/approvals";

	private static final String REQUESTER_NAME = "requester-v";

	private static final RequestPostProcessor COMMITTEE = user("committee-v1").roles("COMMITTEE");

	@Autowired
	MockMvc mvc;

	@Autowired
	Approvals approvals;

	private UUID sentBack() {
		return ApprovalFixtures.sentBack(this.approvals, REQUESTER_NAME, "committee-v1", "S03 の根拠を追記してください");
	}

	@Test
	void aFreshRequestStillNeedsEveryApprovalItsRuleAsks() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, REQUESTER_NAME, Role.MEMBER);
		String body = this.mvc.perform(get(API + "/{id}", id).with(COMMITTEE))
			.andExpect(jsonPath("$.rule").value("MAJORITY"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int needed = JsonPath.read(body, "$.approvalsNeeded");
		assertThat(needed).isPositive();
		assertThat((int) JsonPath.read(body, "$.approvalsStillNeeded")).isEqualTo(needed);
	}

	@Test
	void aSentBackRequestNeedsNoMoreApprovalsUntilResubmitted() throws Exception {
		this.mvc.perform(get(API + "/{id}", sentBack()).with(COMMITTEE))
			.andExpect(jsonPath("$.approvalsStillNeeded").value(0))
			.andExpect(jsonPath("$.canDecide").value(false));
	}

	@Test
	void aRequestNamesTheLinkToItsSubjectWhenItsModuleOffersOne() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, ApprovalTestSubjectLinks.TYPE, REQUESTER_NAME,
				Role.MEMBER);
		this.mvc.perform(get(API + "/{id}", id).with(COMMITTEE))
			.andExpect(jsonPath("$.subjectLink").value(startsWith("/approval-test-subjects/")));
	}

}
