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

@SpringBootTest
@AutoConfigureMockMvc
class ApprovalControllerTests {

	private static final RequestPostProcessor COMMITTEE = user("committee-s").roles("COMMITTEE");

	private static final RequestPostProcessor REQUESTER = user("requester-s").roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	Approvals approvals;

	private UUID pending() {
		return ApprovalFixtures.requestAs(this.approvals, "requester-s", Role.MEMBER);
	}

	@Test
	void theListShowsARequestAwaitingTheCommitteeMember() throws Exception {
		pending();
		this.mvc.perform(get("/approvals").with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"approvals-awaiting\"")))
			.andExpect(content().string(containsString("規程改訂 S01")));
	}

	@Test
	void theDetailShowsTheSnapshotAndADecisionFormToACommitteeMember() throws Exception {
		UUID id = pending();
		this.mvc.perform(get("/approvals/{id}", id).with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("改訂案")))
			.andExpect(content().string(containsString("id=\"decision-form\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("id=\"withdraw-form\""))));
	}

	@Test
	void theRequesterSeesAWithdrawButtonButNoDecisionForm() throws Exception {
		UUID id = pending();
		this.mvc.perform(get("/approvals/{id}", id).with(REQUESTER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdraw-form\"")))
			.andExpect(content().string(not(containsString("id=\"decision-form\""))));
	}

	@Test
	void aDecisionPostedFromTheFormAppearsInTheHistory() throws Exception {
		UUID id = pending();
		this.mvc
			.perform(post("/approvals/{id}/decisions", id).with(COMMITTEE)
				.with(csrf())
				.param("decision", "SEND_BACK")
				.param("comment", "S03 の根拠を追記してください"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/approvals/" + id));
		this.mvc.perform(get("/approvals/{id}", id).with(COMMITTEE))
			.andExpect(content().string(containsString("S03 の根拠を追記してください")))
			.andExpect(content().string(containsString("committee-s")))
			.andExpect(content().string(containsString("差戻し")));
	}

	@Test
	void aRefusalWithoutAReasonShowsTheErrorAndRecordsNothing() throws Exception {
		UUID id = pending();
		this.mvc.perform(post("/approvals/{id}/decisions", id).with(COMMITTEE).with(csrf()).param("decision", "REJECT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("否決・差戻しには理由が必要です")))
			.andExpect(content().string(containsString("まだ判断はありません")));
	}

	@Test
	void aDecisionWithoutTheCsrfTokenIsRefused() throws Exception {
		UUID id = pending();
		this.mvc.perform(post("/approvals/{id}/decisions", id).with(COMMITTEE).param("decision", "APPROVE"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMemberWhoIsNotPartyCannotOpenTheRequest() throws Exception {
		UUID id = pending();
		this.mvc.perform(get("/approvals/{id}", id).with(user("member-y").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRequesterWithdrawsFromTheScreen() throws Exception {
		UUID id = pending();
		this.mvc.perform(post("/approvals/{id}/withdraw", id).with(REQUESTER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/approvals/{id}", id).with(REQUESTER))
			.andExpect(content().string(containsString("引戻し")))
			.andExpect(content().string(not(containsString("id=\"withdraw-form\""))));
	}

	@Test
	void theListSpeaksEnglishToAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/approvals").with(COMMITTEE).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Awaiting my decision")));
	}

}
