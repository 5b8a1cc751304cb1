package jp.itaku.subcontracting;

import java.util.Map;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subcontracting requests through the API (規程 4.2(3)① R01): filed, decided by the
 * committee through the approval API, refused to the requester and to non-members of the
 * committee, and recorded active only once approved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubcontractingApiTests {

	static final String API = "/api/v1/subcontracting-requests";

	static final RequestPostProcessor MEMBER = user("sub-member").roles("MEMBER");

	static final RequestPostProcessor AUDITOR = user("sub-auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberRequestsOnAContractorsBehalfAndGetsTheApprovalToDecide() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "申請元システム株式会社");
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "申請先データ株式会社");

		file(MEMBER, contractor.getId(), subcontractor.getId()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
			.andExpect(jsonPath("$.approvalId").isNotEmpty())
			.andExpect(jsonPath("$.subcontractorName").value("申請先データ株式会社"));
	}

	@Test
	void theCommitteeApprovesARequestThroughTheApprovalApi() throws Exception {
		JsonNode filed = filed(MEMBER);
		String approval = filed.get("approvalId").asString();
		long needed = this.json
			.readTree(this.mvc.perform(get("/api/v1/approvals/{id}", approval).with(AUDITOR))
				.andExpect(jsonPath("$.subjectType").value("subcontracting"))
				.andExpect(jsonPath("$.subjectLink").value("/subcontracting/" + filed.get("id").asString()))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("approvalsStillNeeded")
			.asLong();
		for (int member = 0; member < Math.max(needed, 1); member++) {
			decide(approval, user("sub-committee-" + member).roles("COMMITTEE"), "APPROVE")
				.andExpect(status().isCreated());
		}

		this.mvc.perform(get(API + "/{id}", filed.get("id").asString()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedAt").isNotEmpty());
	}

	@Test
	void theRequesterCannotDecideTheirOwnRequestEvenOnTheCommittee() throws Exception {
		RequestPostProcessor memberOnTheCommittee = user("sub-member-committee").roles("MEMBER", "COMMITTEE");
		JsonNode filed = filed(memberOnTheCommittee);

		decide(filed.get("approvalId").asString(), memberOnTheCommittee, "APPROVE").andExpect(status().isForbidden());
		assertStatus(filed, "UNDER_REVIEW");
	}

	@Test
	void aMemberOutsideTheCommitteeCannotDecide() throws Exception {
		JsonNode filed = filed(MEMBER);

		decide(filed.get("approvalId").asString(), user("sub-member-2").roles("MEMBER", "ADMIN"), "APPROVE")
			.andExpect(status().isForbidden());
		assertStatus(filed, "UNDER_REVIEW");
	}

	@Test
	void aRequestNotYetApprovedCannotBeRecordedActive() throws Exception {
		JsonNode filed = filed(MEMBER);

		this.mvc
			.perform(post(API + "/{id}/activation", filed.get("id").asString()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + filed.get("version").asLong() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("委員会が承認していない再委託は、開始を記録できません（規程 4.2(3)①）。"));
		assertStatus(filed, "UNDER_REVIEW");
	}

	@Test
	void anApprovedRequestIsRecordedActiveThenEnded() throws Exception {
		SubcontractingView approved = approvedRequest();

		String active = this.mvc
			.perform(post(API + "/{id}/activation", approved.id()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + approved.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.activatedBy").value("sub-member"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post(API + "/{id}/end", approved.id()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + this.json.readTree(active).get("version").asLong() + ",\"note\":\"契約満了\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
	}

	@Test
	void aStaleActivationIsRefusedWithAConflict() throws Exception {
		SubcontractingView approved = approvedRequest();

		this.mvc
			.perform(post(API + "/{id}/activation", approved.id()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + (approved.version() + 5) + "}"))
			.andExpect(status().isConflict());
	}

	@Test
	void anAuditorReadsButCannotRequestNorActivate() throws Exception {
		SubcontractingView approved = approvedRequest();

		file(AUDITOR, approved.contractorId(), approved.subcontractorId()).andExpect(status().isForbidden());
		this.mvc
			.perform(post(API + "/{id}/activation", approved.id()).with(AUDITOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + approved.version() + "}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(API).param("contractor", approved.contractorId().toString()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(approved.id().toString()));
	}

	@Test
	void aCommitteeMemberCannotActivate() throws Exception {
		SubcontractingView approved = approvedRequest();

		this.mvc
			.perform(post(API + "/{id}/activation", approved.id()).with(user("sub-committee").roles("COMMITTEE"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + approved.version() + "}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedWithLocalisedErrorsAndNothingIsFiled() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "入力誤り株式会社");
		Map<String, Object> body = Map.of("contractorId", contractor.getId(), "subcontractorId", contractor.getId(),
				"work", "業務", "information", "情報", "classification", "INTERNAL", "securityMeasures", "対策", "periodFrom",
				"2026-12-31", "periodTo", "2026-12-01");

		this.mvc
			.perform(post(API).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'subcontractorId')].message").value("委託先自身を再委託先にはできません。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'periodTo')].message").value("終了日は開始日以降の日付にしてください。"));
		this.mvc.perform(get(API).param("contractor", contractor.getId().toString()).with(AUDITOR))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void anUnregisteredSubcontractorIsRefused() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "未登録先申請株式会社");

		file(MEMBER, contractor.getId(), UUID.randomUUID()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subcontractorId"));
	}

	@Test
	void theRequesterAmendsASentBackRequestAndResubmitsIt() throws Exception {
		JsonNode filed = filed(MEMBER);
		decide(filed.get("approvalId").asString(), user("sub-committee-sb").roles("COMMITTEE"), "SEND_BACK")
			.andExpect(status().isCreated());
		SubcontractingView sentBack = this.context.getBean(Subcontracting.class)
			.get(UUID.fromString(filed.get("id").asString()));
		assertThat(sentBack.status()).isEqualTo(SubcontractingStatus.SENT_BACK);
		SubcontractingInput amended = new SubcontractingInput(sentBack.contractorId(), null, sentBack.subcontractorId(),
				null, "監視の一次対応（夜間のみ）", sentBack.information(), sentBack.classification(), sentBack.securityMeasures(),
				sentBack.periodFrom(), sentBack.periodTo());
		String body = this.json.writeValueAsString(Map.of("version", sentBack.version(), "request", amended));

		this.mvc
			.perform(post(API + "/{id}/resubmit", sentBack.id()).with(user("sub-other").roles("MEMBER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(API + "/{id}/resubmit", sentBack.id()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
			.andExpect(jsonPath("$.work").value("監視の一次対応（夜間のみ）"));
	}

	@Test
	void theRequesterWithdrawsAPendingRequest() throws Exception {
		JsonNode filed = filed(MEMBER);

		this.mvc.perform(post(API + "/{id}/withdraw", filed.get("id").asString()).with(MEMBER))
			.andExpect(status().isNoContent());

		assertStatus(filed, "WITHDRAWN");
	}

	private SubcontractingView approvedRequest() {
		Contractor contractor = SubcontractingFixtures.company(this.context, "承認済元株式会社");
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "承認済先株式会社");
		return SubcontractingFixtures.approved(this.context, contractor.getId(), subcontractor.getId());
	}

	private JsonNode filed(RequestPostProcessor who) throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "審議対象元株式会社");
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "審議対象先株式会社");
		return this.json.readTree(file(who, contractor.getId(), subcontractor.getId()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	ResultActions file(RequestPostProcessor who, UUID contractor, UUID subcontractor) throws Exception {
		return this.mvc.perform(post(API).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(SubcontractingFixtures.input(contractor, subcontractor))));
	}

	private ResultActions decide(String approval, RequestPostProcessor who, String verdict) throws Exception {
		return this.mvc.perform(post("/api/v1/approvals/{id}/decisions", approval).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"" + verdict + "\",\"comment\":\"確認しました\"}"));
	}

	private void assertStatus(JsonNode filed, String expected) throws Exception {
		this.mvc.perform(get(API + "/{id}", filed.get("id").asString()).with(AUDITOR))
			.andExpect(jsonPath("$.status").value(expected));
	}

}
