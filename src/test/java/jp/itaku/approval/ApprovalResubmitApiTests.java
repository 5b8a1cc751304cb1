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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resubmission (再申請) of a sent-back request through the API, per role, and what the
 * committee sees of the request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalResubmitApiTests {

	private static final String API = "/api/v1/approvals";

	private static final String REQUESTER_NAME = "requester-r";

	private static final RequestPostProcessor REQUESTER = user(REQUESTER_NAME).roles("MEMBER");

	private static final RequestPostProcessor COMMITTEE = user("committee-r1").roles("COMMITTEE");

	private static final String REVISED = "{\"snapshot\":\"{\\\"clause\\\":\\\"S01\\\",\\\"text\\\":\\\"修正案\\\"}\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Approvals approvals;

	private UUID sentBack() {
		return ApprovalFixtures.sentBack(this.approvals, REQUESTER_NAME, "committee-r1", "S03 の根拠を追記してください");
	}

	private ResultActions resubmit(UUID id, RequestPostProcessor who, String body) throws Exception {
		return this.mvc
			.perform(post(API + "/{id}/resubmit", id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void theRequesterResubmitsASentBackRequestAndANewRoundStarts() throws Exception {
		UUID id = sentBack();
		resubmit(id, REQUESTER, REVISED).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.currentRound").value(2))
			.andExpect(jsonPath("$.rounds[1].snapshot").value("{\"clause\":\"S01\",\"text\":\"修正案\"}"))
			.andExpect(jsonPath("$.rounds[0].decisions[0].comment").value("S03 の根拠を追記してください"));
	}

	@Test
	void theMemberWhoSentItBackDecidesAgainInTheNewRound() throws Exception {
		UUID id = sentBack();
		resubmit(id, REQUESTER, REVISED).andExpect(status().isOk());
		this.mvc
			.perform(post(API + "/{id}/decisions", id).with(COMMITTEE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"APPROVE\",\"round\":2}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rounds[1].decisions[0].member").value("committee-r1"));
	}

	@Test
	void aCommitteeMemberMayNotResubmitSomeoneElsesRequest() throws Exception {
		resubmit(sentBack(), COMMITTEE, REVISED).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anotherMemberMayNotResubmitTheRequest() throws Exception {
		resubmit(sentBack(), user("member-z").roles("MEMBER"), REVISED).andExpect(status().isForbidden());
	}

	@Test
	void anAuditorMayNotResubmitTheRequest() throws Exception {
		resubmit(sentBack(), user("auditor-r").roles("AUDITOR"), REVISED).andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousCallerIsAskedToAuthenticate() throws Exception {
		this.mvc
			.perform(post(API + "/{id}/resubmit", sentBack()).contentType(MediaType.APPLICATION_JSON).content(REVISED))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theResubmissionIsExplainedInEnglishToAnEnglishCaller() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, REQUESTER_NAME, Role.MEMBER);
		this.mvc
			.perform(post(API + "/{id}/resubmit", id).with(REQUESTER)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(REVISED))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Only a sent-back request can be resubmitted."));
	}

	@Test
	void aPendingRequestCannotBeResubmitted() throws Exception {
		UUID id = ApprovalFixtures.requestAs(this.approvals, REQUESTER_NAME, Role.MEMBER);
		resubmit(id, REQUESTER, REVISED).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("差戻しされた稟議だけを再起案できます。"));
	}

	@Test
	void aBlankSnapshotIsBadInputAndChangesNothing() throws Exception {
		UUID id = sentBack();
		resubmit(id, REQUESTER, "{\"snapshot\":\"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("snapshot"));
		this.mvc.perform(get(API + "/{id}", id).with(REQUESTER))
			.andExpect(jsonPath("$.status").value("SENT_BACK"))
			.andExpect(jsonPath("$.rounds", hasSize(1)));
	}

	@Test
	void aSnapshotOver20000CharactersIsBadInput() throws Exception {
		resubmit(sentBack(), REQUESTER, "{\"snapshot\":\"" + "あ".repeat(20001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("snapshot"));
	}

	@Test
	void aDecisionOnARoundThatIsOverIsAConflictAndRecordsNothing() throws Exception {
		UUID id = sentBack();
		resubmit(id, REQUESTER, REVISED).andExpect(status().isOk());
		this.mvc
			.perform(post(API + "/{id}/decisions", id).with(user("committee-r2").roles("COMMITTEE"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"APPROVE\",\"round\":1}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get(API + "/{id}", id).with(COMMITTEE)).andExpect(jsonPath("$.rounds[1].decisions").isEmpty());
	}

	@Test
	void theResubmissionIsRecordedInTheAuditTrail() throws Exception {
		UUID id = sentBack();
		resubmit(id, REQUESTER, REVISED).andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", "approval")
				.param("recordId", id.toString())
				.with(user("auditor").roles("AUDITOR")))
			.andExpect(jsonPath("$.content[?(@.action == 'REQUESTED')]", hasSize(1)))
			.andExpect(jsonPath("$.content[?(@.action == 'RESUBMITTED')]", hasSize(1)));
	}

	@Test
	void aSubjectAmendedInItsModuleIsNotResubmittedThroughTheApi() throws Exception {
		UUID id = ApprovalFixtures.sentBack(this.approvals, ApprovalTestSubjectLinks.AMENDED_TYPE, REQUESTER_NAME,
				"committee-r1", "S03 の根拠を追記");
		resubmit(id, REQUESTER, REVISED).andExpect(status().isConflict());
		this.mvc.perform(get(API + "/{id}", id).with(REQUESTER)).andExpect(jsonPath("$.status").value("SENT_BACK"));
	}

	@Test
	void theModuleOwningTheSubjectResubmitsItsAmendment() throws Exception {
		UUID id = ApprovalFixtures.sentBack(this.approvals, ApprovalTestSubjectLinks.AMENDED_TYPE, REQUESTER_NAME,
				"committee-r1", "S03 の根拠を追記");
		ApprovalView view = ApprovalFixtures.as(REQUESTER_NAME, new Role[] { Role.MEMBER },
				() -> this.approvals.resubmit(id, "改訂案（モジュールで修正）"));
		assertThat(view.status()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(view.currentSnapshot()).isEqualTo("改訂案（モジュールで修正）");
	}

}
