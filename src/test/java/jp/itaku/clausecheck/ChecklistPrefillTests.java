package jp.itaku.clausecheck;

import java.util.UUID;

import jp.itaku.SignedIn;
import jp.itaku.clause.ChecklistItemView;
import jp.itaku.clause.ChecklistView;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.ClauseVerdict;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Uploading a contract document pre-fills the contract's clause checklist with the
 * check's verdicts (規程 4.2, issue 7), and the contract page holds the check's section.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChecklistPrefillTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Autowired
	Contracts contracts;

	@Autowired
	ClauseChecklists checklists;

	@Test
	void attachingADocumentSuggestsEachVerdictWithItsArticleOnTheChecklist() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));
		String runId = RunFixtures.newestRun(this.mvc, contractId);

		ChecklistItemView r01 = checklist(contractId).item("R01").orElseThrow();
		assertThat(r01.suggestion().verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(r01.suggestion().article()).isEqualTo("第2条");
		assertThat(r01.suggestion().link()).startsWith("/contracts/" + contractId + "/clause-checks/" + runId);
		assertThat(r01.unreviewed()).isTrue();
	}

	@Test
	void aRefusedDocumentSuggestsNothing() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "scan.pdf", TestDocuments.imageOnlyPdf());

		assertThat(checklist(contractId).pendingSuggestions()).isZero();
	}

	@Test
	void theContractPageLoadsTheSection() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);

		this.mvc.perform(get("/contracts/{id}", contractId).with(RunFixtures.MEMBER))
			.andExpect(content().string(containsString("hx-get=\"/contracts/" + contractId + "/clause-checks\"")))
			.andExpect(content().string(containsString("自動条項チェック")));
	}

	private ChecklistView checklist(UUID contractId) {
		return SignedIn.as("cc-run-member", () -> this.checklists.find("contract", contractId).orElseThrow(),
				Role.MEMBER);
	}

}
