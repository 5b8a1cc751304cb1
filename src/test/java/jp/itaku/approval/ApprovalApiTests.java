package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApprovalApiTests {

	private static final String API = "/api/v1/approvals";

	private static final RequestPostProcessor COMMITTEE = user("committee-a").roles("COMMITTEE");

	@Autowired
	MockMvc mvc;

	@Autowired
	Approvals approvals;

	private UUID pending() {
		return ApprovalFixtures.requestAs(this.approvals, "requester-m", Role.MEMBER);
	}

	private ResultActions decide(UUID id, RequestPostProcessor who, String body) throws Exception {
		return this.mvc
			.perform(post(API + "/{id}/decisions", id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void aCommitteeMemberSeesARequestAwaitingTheirDecision() throws Exception {
		UUID id = pending();
		this.mvc.perform(get(API).param("status", "PENDING").with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(id.toString())))
			.andExpect(jsonPath("$.page.size").value(20));
	}

	@Test
	void aCommitteeMemberRecordsADecision() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"APPROVE\",\"comment\":\"S01 に適合\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.rounds[0].decisions[0].member").value("committee-a"))
			.andExpect(jsonPath("$.rounds[0].decisions[0].verdict").value("APPROVE"));
		this.mvc.perform(get(API).with(COMMITTEE))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(id.toString()))));
	}

	@Test
	void aCommitteeMemberReadsTheRequestWithItsSnapshot() throws Exception {
		UUID id = pending();
		this.mvc.perform(get(API + "/{id}", id).with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requester").value("requester-m"))
			.andExpect(jsonPath("$.rounds[0].snapshot").value("{\"clause\":\"S01\",\"text\":\"改訂案\"}"));
	}

	@Test
	void aMemberOutsideTheCommitteeMayNotDecide() throws Exception {
		UUID id = pending();
		decide(id, user("member-x").roles("MEMBER"), "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theRequesterMayNotDecideOnTheirOwnRequest() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, "committee-r", Role.COMMITTEE);
		decide(id, user("committee-r").roles("COMMITTEE"), "{\"decision\":\"APPROVE\"}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aSentBackRequestTakesNoMoreDecisions() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"SEND_BACK\",\"comment\":\"S03 の根拠を追記\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SENT_BACK"));
		decide(id, user("committee-b").roles("COMMITTEE"), "{\"decision\":\"APPROVE\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void aSecondDecisionByTheSameMemberIsAConflict() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"APPROVE\"}").andExpect(status().isCreated());
		decide(id, COMMITTEE, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());
	}

	@Test
	void aRefusalWithoutACommentIsBadInputAndRecordsNothing() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"REJECT\",\"comment\":\" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		this.mvc.perform(get(API + "/{id}", id).with(COMMITTEE)).andExpect(jsonPath("$.rounds[0].decisions").isEmpty());
	}

	@Test
	void aCommentOver2000CharactersIsBadInput() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"APPROVE\",\"comment\":\"" + "あ".repeat(2001) + "\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void anAnonymousCallerIsAskedToAuthenticate() throws Exception {
		this.mvc.perform(get(API)).andExpect(status().isUnauthorized());
	}

	@Test
	void theRequesterWithdrawsTheirRequest() throws Exception {
		UUID id = pending();
		this.mvc.perform(post(API + "/{id}/withdraw", id).with(user("requester-m").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		decide(id, COMMITTEE, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());
	}

	@Test
	void someoneElseMayNotWithdrawARequest() throws Exception {
		UUID id = pending();
		this.mvc.perform(post(API + "/{id}/withdraw", id).with(COMMITTEE)).andExpect(status().isForbidden());
	}

	@Test
	void aMemberWhoIsNotPartyToARequestMayNotReadIt() throws Exception {
		UUID id = pending();
		this.mvc.perform(get(API + "/{id}", id).with(user("member-x").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachStepIsRecordedInTheAuditTrail() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"SEND_BACK\",\"comment\":\"S03 追記\"}").andExpect(status().isCreated());
		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", "approval")
				.param("recordId", id.toString())
				.with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].action").value(hasItem("REQUESTED")))
			.andExpect(jsonPath("$.content[*].action").value(hasItem("DECIDED")))
			.andExpect(jsonPath("$.content[*].action").value(hasItem("SENT_BACK")));
	}

	@Test
	void anUnknownDecisionIsBadInput() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"MAYBE\"}").andExpect(status().isBadRequest());
	}

	@Test
	void anAuditorListsApprovedRequests() throws Exception {
		UUID id = pending();
		decide(id, COMMITTEE, "{\"decision\":\"SEND_BACK\",\"comment\":\"追記\"}").andExpect(status().isCreated());
		this.mvc.perform(get(API).param("status", "SENT_BACK").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(id.toString())));
	}

	@Test
	void aMemberMayNotListAllRequests() throws Exception {
		this.mvc.perform(get(API).param("status", "APPROVED").with(user("member-x").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRequesterListsTheirOwnRequests() throws Exception {
		UUID id = pending();
		this.mvc.perform(get(API).param("mine", "true").with(user("requester-m").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(id.toString())));
	}

}
