package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.identity.Role;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request page around a send-back: the reasons, the requester's resubmission, and
 * what the committee sees of the rule and the subject.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalResubmitControllerTests {

	private static final String REQUESTER_NAME = "requester-p";

	private static final RequestPostProcessor REQUESTER = user(REQUESTER_NAME).roles("MEMBER");

	private static final RequestPostProcessor COMMITTEE = user("committee-p1").roles("COMMITTEE");

	private static final String REASON = "S03 の選定基準への適合根拠を追記してください";

	@Autowired
	MockMvc mvc;

	@Autowired
	Approvals approvals;

	private UUID sentBack() {
		return ApprovalFixtures.sentBack(this.approvals, REQUESTER_NAME, "committee-p1", REASON);
	}

	@Test
	void theRequesterSeesTheReasonAndAResubmitFormPrefilledWithTheSnapshot() throws Exception {
		this.mvc.perform(get("/approvals/{id}", sentBack()).with(REQUESTER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sent-back\"")))
			.andExpect(content().string(containsString(REASON)))
			.andExpect(content().string(containsString("id=\"resubmit-form\"")))
			.andExpect(content().string(containsString(
					"maxlength=\"20000\">{&quot;clause&quot;:&quot;S01&quot;,&quot;text&quot;:&quot;改訂案&quot;}</textarea>")));
	}

	@Test
	void theSendBackSpeaksEnglishToAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/approvals/{id}", sentBack()).with(REQUESTER).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Reasons for sending back")))
			.andExpect(content().string(containsString(">Resubmit</button>")));
	}

	@Test
	void aCommitteeMemberSeesTheReasonButNoResubmitForm() throws Exception {
		this.mvc.perform(get("/approvals/{id}", sentBack()).with(COMMITTEE))
			.andExpect(content().string(containsString(REASON)))
			.andExpect(content().string(not(containsString("id=\"resubmit-form\""))))
			.andExpect(content().string(not(containsString("id=\"decision-form\""))));
	}

	@Test
	void theRequesterResubmitsFromThePageAndTheCommitteeDecidesTheNewRound() throws Exception {
		UUID id = sentBack();
		this.mvc
			.perform(post("/approvals/{id}/resubmit", id).with(REQUESTER)
				.with(csrf())
				.param("snapshot", "{\"clause\":\"S01\",\"text\":\"修正案 S03 根拠追記\"}"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/approvals/" + id));
		this.mvc.perform(get("/approvals/{id}", id).with(COMMITTEE))
			.andExpect(content().string(containsString("id=\"round-2\"")))
			.andExpect(content().string(containsString("修正案 S03 根拠追記")))
			.andExpect(content().string(containsString("id=\"decision-form\"")))
			.andExpect(content().string(containsString("name=\"round\" value=\"2\"")));
	}

	@Test
	void aBlankResubmissionShowsTheErrorAndChangesNothing() throws Exception {
		UUID id = sentBack();
		this.mvc.perform(post("/approvals/{id}/resubmit", id).with(REQUESTER).with(csrf()).param("snapshot", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"resubmit-errors\"")))
			.andExpect(content().string(containsString("審議対象の内容は必須です")))
			.andExpect(content().string(not(containsString("id=\"round-2\""))));
	}

	@Test
	void aResubmissionWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/approvals/{id}/resubmit", sentBack()).with(REQUESTER).param("snapshot", "修正案"))
			.andExpect(status().isForbidden());
	}

	@Test
	void someoneElsesResubmissionIsRefused() throws Exception {
		this.mvc
			.perform(post("/approvals/{id}/resubmit", sentBack()).with(COMMITTEE).with(csrf()).param("snapshot", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDecisionFromAPageOfAnEarlierRoundShowsTheConflictAndKeepsTheComment() throws Exception {
		UUID id = sentBack();
		this.mvc.perform(post("/approvals/{id}/resubmit", id).with(REQUESTER).with(csrf()).param("snapshot", "修正案"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/approvals/{id}/decisions", id).with(user("committee-p2").roles("COMMITTEE"))
				.with(csrf())
				.param("decision", "REJECT")
				.param("comment", "第1回の案では不十分")
				.param("round", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新しい回が始まりました")))
			.andExpect(content().string(containsString("第1回の案では不十分")))
			.andExpect(content().string(not(containsString("否決</td>"))));
	}

	@Test
	void thePageShowsHowManyApprovalsAreStillNeeded() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, REQUESTER_NAME, Role.MEMBER);
		this.mvc.perform(get("/approvals/{id}", id).with(COMMITTEE))
			.andExpect(content().string(containsString("id=\"approval-progress\"")))
			.andExpect(content().string(containsString("件で決定（あと")));
	}

	@Test
	void thePageAndTheListOpenTheSubjectWhenItsModuleOffersALink() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, ApprovalTestSubjectLinks.TYPE, REQUESTER_NAME,
				Role.MEMBER);
		this.mvc.perform(get("/approvals/{id}", id).with(REQUESTER))
			.andExpect(content().string(containsString("id=\"subject-link\"")))
			.andExpect(content().string(containsString("href=\"/approval-test-subjects/S01-")));
		this.mvc.perform(get("/approvals").with(REQUESTER))
			.andExpect(content().string(containsString("class=\"subject-link ms-1\"")));
	}

	@Test
	void aSubjectWithoutALinkHasNone() throws Exception {
		this.mvc.perform(get("/approvals/{id}", sentBack()).with(REQUESTER))
			.andExpect(content().string(not(containsString("id=\"subject-link\""))));
	}

	@Test
	void aSubjectAmendedInItsModuleSendsTheRequesterToTheSubjectInsteadOfAForm() throws Exception {
		UUID id = ApprovalFixtures.sentBack(this.approvals, ApprovalTestSubjectLinks.AMENDED_TYPE, REQUESTER_NAME,
				"committee-p1", REASON);
		this.mvc.perform(get("/approvals/{id}", id).with(REQUESTER))
			.andExpect(content().string(containsString(REASON)))
			.andExpect(content().string(containsString("id=\"amend-link\"")))
			.andExpect(content().string(not(containsString("id=\"resubmit-form\""))));
	}

}
