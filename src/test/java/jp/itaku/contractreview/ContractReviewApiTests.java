package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.clause.ClauseChecklists;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.itaku.contractreview.ReviewFixtures.asMember;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract review API per role, with its refusals as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class ContractReviewApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	ContractReviews reviews;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Clock clock;

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ContractSummary active(String name) {
		UUID contractor = ReviewFixtures.contractor(this.contractors, name, ReviewFixtures.OWNER);
		ContractSummary contract = ReviewFixtures.concluded(this.contracts, contractor, today().minusMonths(14));
		ReviewFixtures.settleChecklist(this.checklists, contract.id());
		return contract;
	}

	private ResultActions postReview(UUID contractId, RequestPostProcessor who, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/contracts/{id}/reviews", contractId).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String confirmed() {
		return "{\"reviewedOn\":\"" + today() + "\",\"outcome\":\"CONFIRMED\",\"summary\":\"全条項を確認した\"}";
	}

	@Test
	void aCommitteeMemberRecordsAReviewWithItsAction() throws Exception {
		ContractSummary contract = active("API記録株式会社");

		postReview(contract.id(), user("committee").roles("COMMITTEE"),
				"{\"reviewedOn\":\"" + today() + "\",\"outcome\":\"ACTION_REQUIRED\",\"summary\":\"R01 欠落\","
						+ "\"actions\":[{\"what\":\"変更契約を締結する\",\"assignee\":\"admin\",\"dueOn\":\""
						+ today().plusDays(30) + "\"}]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("ACTION_REQUIRED"))
			.andExpect(jsonPath("$.reviewer").value("committee"))
			.andExpect(jsonPath("$.actions[0].status").value("OPEN"));
	}

	@Test
	void aConfirmationIsRefusedWithTheOpenPoints() throws Exception {
		ContractSummary contract = active("API拒否株式会社");
		HeldContractsGate.hold(contract.id(), "R01: 欠落", "N08: 一部");
		try {
			postReview(contract.id(), user("member").roles("MEMBER"), confirmed()).andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("未解決事項があるため確認済として記録できません。"))
				.andExpect(jsonPath("$.openPoints[0]").value("R01: 欠落"))
				.andExpect(jsonPath("$.openPoints[1]").value("N08: 一部"));
		}
		finally {
			HeldContractsGate.release(contract.id());
		}
	}

	@Test
	void aReviewWithoutSummaryIsRefusedWithTheFieldInError() throws Exception {
		ContractSummary contract = active("API入力株式会社");

		postReview(contract.id(), user("member").roles("MEMBER"),
				"{\"reviewedOn\":\"" + today() + "\",\"outcome\":\"CONFIRMED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summary"));
	}

	@Test
	void aDraftContractIsRefusedAsAConflict() throws Exception {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "API起案株式会社", ReviewFixtures.OWNER);
		ContractSummary draft = ReviewFixtures.draft(this.contracts, contractor, today().minusMonths(1));

		postReview(draft.id(), user("member").roles("MEMBER"), confirmed()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("締結済または更新の契約だけが見直しの対象です。"));
	}

	@Test
	void anAuditorMayNotRecordAReview() throws Exception {
		ContractSummary contract = active("API監査記録株式会社");

		postReview(contract.id(), user("auditor").roles("AUDITOR"), confirmed()).andExpect(status().isForbidden());
	}

	@Test
	void anAuditorReadsAContractsReviewsAndWhenTheNextIsDue() throws Exception {
		ContractSummary contract = active("API監査株式会社");
		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today())));

		this.mvc.perform(get("/api/v1/contracts/{id}/reviews", contract.id()).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews[0].outcome").value("CONFIRMED"))
			.andExpect(jsonPath("$.standing.nextDueOn").value(today().plusMonths(12).toString()))
			.andExpect(jsonPath("$.standing.state").value("ON_TRACK"))
			.andExpect(jsonPath("$.openPoints").isEmpty());
	}

	@Test
	void aContractorAccountGetsNotFound() throws Exception {
		ContractSummary contract = active("API委託先株式会社");

		this.mvc.perform(get("/api/v1/contracts/{id}/reviews", contract.id()).with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/contract-reviews").with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isNotFound());
		postReview(contract.id(), user("rep").roles("CONTRACTOR"), confirmed()).andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByOutcomeContractorDatesAndOverdue() throws Exception {
		ContractSummary late = active("API一覧超過株式会社");
		UUID lateReview = asMember(() -> this.reviews.record(late.id(),
				ReviewFixtures.actionRequired(today().minusDays(20), "admin", today().plusDays(5))))
			.id();
		ContractSummary onTime = active("API一覧期限内株式会社");
		UUID onTimeReview = asMember(() -> this.reviews.record(onTime.id(), ReviewFixtures.confirmed(today()))).id();

		this.mvc
			.perform(get("/api/v1/contract-reviews").with(user("auditor").roles("AUDITOR"))
				.param("outcome", "ACTION_REQUIRED")
				.param("contractor", late.contractorId().toString())
				.param("from", today().minusDays(30).toString())
				.param("to", today().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(lateReview.toString())))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc
			.perform(get("/api/v1/contract-reviews").with(user("auditor").roles("AUDITOR"))
				.param("overdue", "true")
				.param("size", "100"))
			.andExpect(jsonPath("$.content[*].id").value(hasItem(lateReview.toString())))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(onTimeReview.toString()))));
		this.mvc
			.perform(get("/api/v1/contract-reviews").with(user("auditor").roles("AUDITOR"))
				.param("contractor", late.contractorId().toString())
				.param("from", today().minusDays(5).toString()))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

}
