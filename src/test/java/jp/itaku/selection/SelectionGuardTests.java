package jp.itaku.selection;

import java.util.List;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contractor cannot move to 選定済 without a passing evaluation (規程 4.1(1) SEL-01): the
 * register asks the selection module before it changes anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionGuardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Contractors contractors;

	@Autowired
	Evaluations evaluations;

	@Test
	void theApiRefusesToSelectAContractorNeverEvaluated() throws Exception {
		Contractor contractor = SelectionApiTests.register(this.contractors, "未評価株式会社");
		this.mvc
			.perform(post("/api/v1/contractors/{id}/status", contractor.getId())
				.with(user("guard-member").roles("MEMBER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"SELECTED\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("選定済にできません")));
		assertThat(this.contractors.get(contractor.contractorId()).getStatus()).isEqualTo(ContractorStatus.CANDIDATE);
	}

	@Test
	void theScreenShowsTheRefusal() throws Exception {
		Contractor contractor = SelectionApiTests.register(this.contractors, "画面未評価株式会社");
		this.mvc
			.perform(post("/contractors/{id}/status", contractor.getId()).with(user("guard-member").roles("MEMBER"))
				.with(csrf())
				.param("status", "SELECTED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", SelectionGuard.NO_PASSING_EVALUATION));
		assertThat(this.contractors.get(contractor.contractorId()).getStatus()).isEqualTo(ContractorStatus.CANDIDATE);
	}

	@Test
	void aContractorWhoseLatestEvaluationFailedCannotBeSelected() {
		Contractor contractor = SelectionApiTests.register(this.contractors, "不適合株式会社");
		SelectionFixtures.passingEvaluation(this.context, contractor.contractorId());
		List<EvaluationInput.ScoreInput> zeros = this.evaluations.applicableCriteria(contractor.contractorId())
			.stream()
			.map((criterion) -> new EvaluationInput.ScoreInput(criterion.code(), 0, null))
			.toList();
		this.evaluations.evaluate(contractor.contractorId(), new EvaluationInput(null, zeros, "再評価で不適合"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.contractors.changeStatus(contractor.contractorId(), 0, ContractorStatus.SELECTED, null))
			.hasFieldOrPropertyWithValue("messageKey", SelectionGuard.NO_PASSING_EVALUATION);
	}

	@Test
	void aContractorWithAPassingEvaluationIsSelected() {
		Contractor contractor = SelectionApiTests.register(this.contractors, "適合株式会社");
		SelectionFixtures.passingEvaluation(this.context, contractor.contractorId());
		Contractor selected = this.contractors.changeStatus(contractor.contractorId(), 0, ContractorStatus.SELECTED,
				null);
		assertThat(selected.getStatus()).isEqualTo(ContractorStatus.SELECTED);
	}

	@Test
	void otherMovesNeedNoEvaluation() {
		Contractor contractor = SelectionApiTests.register(this.contractors, "終了株式会社");
		Contractor ended = this.contractors.changeStatus(contractor.contractorId(), 0, ContractorStatus.TERMINATED,
				null);
		assertThat(ended.getStatus()).isEqualTo(ContractorStatus.TERMINATED);
	}

}
