package jp.itaku.selection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.approval.ApprovalGranted;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Selection criteria and evaluations through the API (規程 4.1(1) SEL-01..04): drafted,
 * decided by the committee, evaluated against, and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionApiTests {

	static final String API = "/api/v1/selection";

	static final RequestPostProcessor MEMBER = user("sel-member").roles("MEMBER");

	static final RequestPostProcessor COMMITTEE = user("sel-committee").roles("COMMITTEE");

	static final RequestPostProcessor AUDITOR = user("sel-auditor").roles("AUDITOR");

	static final RequestPostProcessor CONTRACTOR = user("sel-contractor").roles("CONTRACTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	CriteriaDecisions decisions;

	@Autowired
	Contractors contractors;

	@Autowired
	SelectionCriteria criteria;

	@Test
	void aMemberDraftsEditsAndSubmitsAVersionThatTheCommitteeApproves() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Map<String, Object> draft = draft();
		String id = (String) draft.get("id");
		revise(id, ((Number) draft.get("version")).longValue(), List.of(SelectionFixtures.general("A01", 10, true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria[0].code").value("A01"));
		String approvalId = this.json
			.readValue(this.mvc.perform(post(API + "/criteria/{id}/submission", id).with(MEMBER))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), Map.class)
			.get("approvalId")
			.toString();
		this.mvc.perform(get("/api/v1/approvals/{id}", approvalId).with(COMMITTEE))
			.andExpect(jsonPath("$.subjectType").value("selection-criteria"));
		this.decisions.granted(new ApprovalGranted(UUID.fromString(approvalId), SelectionCriteria.SUBJECT_TYPE, id, 1,
				"sel-member", "sel-committee"));
		this.mvc.perform(get(API + "/criteria/current").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.inForce").value(true));
	}

	@Test
	void aSentBackVersionCanBeEditedAgain() throws Exception {
		Map<String, Object> draft = draft();
		String id = (String) draft.get("id");
		revise(id, ((Number) draft.get("version")).longValue(), List.of(SelectionFixtures.general("B01", 10, false)));
		String approvalId = this.json
			.readValue(this.mvc.perform(post(API + "/criteria/{id}/submission", id).with(MEMBER))
				.andReturn()
				.getResponse()
				.getContentAsString(), Map.class)
			.get("approvalId")
			.toString();
		this.mvc
			.perform(post("/api/v1/approvals/{id}/decisions", approvalId).with(COMMITTEE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"SEND_BACK\",\"comment\":\"重みを見直してください\"}"))
			.andExpect(status().isCreated());
		CriteriaVersionView sentBack = this.criteria.get(UUID.fromString(id));
		assertThat(sentBack.status()).isEqualTo(CriteriaStatus.SENT_BACK);
		revise(id, sentBack.version(), List.of(SelectionFixtures.general("B01", 20, false))).andExpect(status().isOk());
	}

	@Test
	void aVersionUnderReviewCannotBeEdited() throws Exception {
		Map<String, Object> draft = draft();
		String id = (String) draft.get("id");
		revise(id, ((Number) draft.get("version")).longValue(), List.of(SelectionFixtures.general("D01", 10, false)));
		this.mvc.perform(post(API + "/criteria/{id}/submission", id).with(MEMBER)).andExpect(status().isOk());
		long version = this.criteria.get(UUID.fromString(id)).version();
		revise(id, version, List.of(SelectionFixtures.general("D01", 50, false))).andExpect(status().isConflict());
	}

	@Test
	void aStaleEditIsRefusedWithAConflict() throws Exception {
		Map<String, Object> draft = draft();
		String id = (String) draft.get("id");
		long version = ((Number) draft.get("version")).longValue();
		revise(id, version, List.of(SelectionFixtures.general("E01", 10, false))).andExpect(status().isOk());
		revise(id, version, List.of(SelectionFixtures.general("E01", 30, false))).andExpect(status().isConflict());
	}

	@Test
	void badCriteriaAreRefusedWithLocalisedErrorsAndNothingChanges() throws Exception {
		Map<String, Object> draft = draft();
		String id = (String) draft.get("id");
		CriterionInput noWeight = new CriterionInput("F01", "", Set.of(), Set.of(), 0, ScoringScale.PASS_FAIL, false);
		revise(id, ((Number) draft.get("version")).longValue(), List.of(noWeight)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("criteria[0].weight")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("重みは1〜100の整数で入力してください。")));
		assertThat(this.criteria.get(UUID.fromString(id)).criteria())
			.noneMatch((criterion) -> criterion.code().equals("F01"));
	}

	@Test
	void anEvaluationComputesItsResultAndKeepsTheCriteriaVersion() throws Exception {
		CriteriaVersionView inForce = SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = register("評価API株式会社");
		List<Map<String, Object>> scores = this.evaluationScores(contractor, 0);
		this.mvc
			.perform(post(API + "/contractors/{id}/evaluations", contractor.getId()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("scores", scores, "conclusion", "不備あり"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.result").value("FAIL"))
			.andExpect(jsonPath("$.criteriaNumber").value(inForce.number()))
			.andExpect(jsonPath("$.evaluator").value("sel-member"));
		this.mvc.perform(get(API + "/contractors/{id}/evaluations", contractor.getId()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].result").value("FAIL"));
	}

	@Test
	void aNewCriteriaVersionListsTheContractorsEvaluatedUnderTheOlderOne() throws Exception {
		Contractor contractor = register("旧基準評価株式会社");
		SelectionFixtures.passingEvaluation(this.context, contractor.contractorId());
		this.contractors.changeStatus(contractor.contractorId(), 0, jp.itaku.contractor.ContractorStatus.SELECTED,
				null);
		SelectionFixtures.approveNew(this.context, List.of(SelectionFixtures.general("N01", 10, true)));
		this.mvc.perform(get(API + "/re-evaluations").param("state", "OUTDATED_CRITERIA").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].contractorId", hasItem(contractor.getId().toString())));
	}

	@Test
	void aFailedCriterionOpensACorrectiveAction() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = register("是正対象株式会社");
		String body = this.mvc
			.perform(post(API + "/contractors/{id}/evaluations", contractor.getId()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(Map.of("scores", evaluationScores(contractor, 0), "conclusion", "未整備の項目あり"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String evaluationId = this.json.readValue(body, Map.class).get("id").toString();
		assertThat(this.context.getBean(jp.itaku.corrective.CorrectiveActions.class)
			.ofSource(EvaluationCorrections.SOURCE_TYPE, evaluationId)).isNotEmpty()
			.allSatisfy((action) -> assertThat(action.assignee()).isEqualTo("sel-member"));
	}

	@Test
	void anEvaluationWithoutEveryScoreIsRefused() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = register("採点漏れ株式会社");
		this.mvc
			.perform(post(API + "/contractors/{id}/evaluations", contractor.getId()).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\":[],\"conclusion\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("conclusion")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("scores[0].score")));
		this.mvc.perform(get(API + "/contractors/{id}/evaluations", contractor.getId()).with(MEMBER))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void auditorsReadButDoNotAct() throws Exception {
		this.mvc.perform(get(API + "/criteria").with(AUDITOR)).andExpect(status().isOk());
		this.mvc.perform(get(API + "/re-evaluations").with(AUDITOR)).andExpect(status().isOk());
		this.mvc.perform(post(API + "/criteria").with(AUDITOR).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(API + "/criteria/reviews").with(AUDITOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"x\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorAccountReadsOnlyTheCriteriaInForce() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		this.mvc.perform(get(API + "/criteria/current").with(CONTRACTOR)).andExpect(status().isOk());
		this.mvc.perform(get(API + "/criteria").with(CONTRACTOR)).andExpect(status().isForbidden());
		this.mvc.perform(get(API + "/not-informed").with(CONTRACTOR)).andExpect(status().isForbidden());
		this.mvc.perform(get(API + "/re-evaluations").with(CONTRACTOR)).andExpect(status().isForbidden());
	}

	@Test
	void anInformedContractorIsNotifiedAndAcknowledgesThroughItsAccount() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = register("周知先株式会社");
		String username = "sel-rep-" + kana().hashCode();
		this.context.getBean(UserAccounts.class)
			.createLocal(username, "委託先担当者", "rep-password-123", Set.of(Role.CONTRACTOR), contractor.getId());
		this.mvc.perform(get(API + "/not-informed").with(MEMBER))
			.andExpect(jsonPath("$[*].contractorId", hasItem(contractor.getId().toString())));
		this.mvc.perform(post(API + "/contractors/{id}/notice", contractor.getId()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.informed").value(true));
		this.mvc.perform(get("/api/v1/notifications").with(httpBasic(username, "rep-password-123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].link").value("/selection/criteria/current"));
		this.mvc.perform(post(API + "/acknowledgement").with(httpBasic(username, "rep-password-123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value(username));
		this.mvc.perform(get(API + "/contractors/{id}/notices", contractor.getId()).with(AUDITOR))
			.andExpect(jsonPath("$[0].acknowledgedAt").isNotEmpty());
		this.mvc.perform(get(API + "/not-informed").with(MEMBER))
			.andExpect(jsonPath("$[*].contractorId", not(hasItem(contractor.getId().toString()))));
	}

	@Test
	void onlyAContractorAccountAcknowledges() throws Exception {
		this.mvc.perform(post(API + "/acknowledgement").with(MEMBER)).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreAskedToSignIn() throws Exception {
		this.mvc.perform(get(API + "/criteria")).andExpect(status().isUnauthorized());
	}

	@Test
	void theCommitteeRecordsANoChangeReview() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		this.mvc
			.perform(post(API + "/criteria/reviews").with(COMMITTEE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"現行基準で適切と判断\"}"))
			.andExpect(status().isNoContent());
		assertThat(this.criteria.reviews()).anyMatch((review) -> review.reviewer().equals("sel-committee"));
	}

	private Map<String, Object> draft() throws Exception {
		String body = this.mvc
			.perform(post(API + "/criteria").with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"テスト基準\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(body, Map.class);
	}

	private ResultActions revise(String id, long version, List<CriterionInput> list) throws Exception {
		return this.mvc.perform(put(API + "/criteria/{id}", id).param("version", String.valueOf(version))
			.with(MEMBER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(new CriteriaDraft("テスト基準", null, list))));
	}

	/** Every applicable criterion scored {@code score} (capped by its scale). */
	List<Map<String, Object>> evaluationScores(Contractor contractor, int score) {
		return this.context.getBean(Evaluations.class)
			.applicableCriteria(contractor.contractorId())
			.stream()
			.map((criterion) -> Map.<String, Object>of("code", criterion.code(), "score",
					Math.min(score, criterion.scale().max()), "evidence", "確認"))
			.toList();
	}

	Contractor register(String name) {
		return register(this.contractors, name);
	}

	static Contractor register(Contractors contractors, String name) {
		return contractors.register(new ContractorDetails(name, kana(), null, null, null, null, null,
				Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null,
				null, null, null, null, List.of()));
	}

	/** A unique reading in katakana, as the register requires. */
	static String kana() {
		String letters = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";
		StringBuilder kana = new StringBuilder("セレクト");
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			kana.append(letters.charAt(random.nextInt(letters.length())));
		}
		return kana.toString();
	}

}
