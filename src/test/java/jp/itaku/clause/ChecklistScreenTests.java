package jp.itaku.clause;

import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The checklist screen per role: members record, auditors read, contractors get 404. */
@SpringBootTest
@AutoConfigureMockMvc
class ChecklistScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	private ContractSummary nda() {
		return ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.NDA, Set.of(SupplierType.OTHER),
				Set.of(AccessKind.NONE));
	}

	private String path(ContractSummary contract) {
		return "/checklists/contract/" + contract.id();
	}

	@Test
	void aMemberSeesTheCoverageAndTheItemsWithTheRegulationText() throws Exception {
		ContractSummary contract = nda();

		this.mvc.perform(get(path(contract)).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(view().name("clause/checklist-page"))
			.andExpect(content().string(containsString("id=\"coverage-applicable\">10<")))
			.andExpect(content().string(containsString("保護される情報の定義")));
	}

	@Test
	void htmxGetsTheFragmentOnly() throws Exception {
		this.mvc.perform(get(path(nda())).header("HX-Request", "true").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(view().name("clause/checklist :: checklist"));
	}

	@Test
	void aMemberRecordsAFindingAndTheCoverageChanges() throws Exception {
		ContractSummary contract = nda();
		long version = this.checklists.find("contract", contract.id()).orElseThrow().version();

		this.mvc
			.perform(post(path(contract)).with(user("member").roles("MEMBER"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("verdict.N01", "PRESENT")
				.param("article.N01", "第2条第1項")
				.param("note.N01", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coverage-present\">1<")));
		assertThat(this.checklists.find("contract", contract.id()).orElseThrow().present()).isEqualTo(1);
	}

	@Test
	void aStaleSaveShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
		ContractSummary contract = nda();
		long version = this.checklists.find("contract", contract.id()).orElseThrow().version();
		ClauseFixtures.as("member2", () -> this.checklists.record("contract", contract.id(), version,
				java.util.List.of(ClauseFixtures.present("N02", null))), jp.itaku.identity.Role.MEMBER);

		this.mvc
			.perform(post(path(contract)).with(user("member").roles("MEMBER"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("verdict.N01", "ABSENT")
				.param("article.N01", "第9条"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checklist-problem\"")))
			.andExpect(content().string(containsString("value=\"第9条\"")));
		assertThat(this.checklists.find("contract", contract.id()).orElseThrow().item("N01").orElseThrow().verdict())
			.isNull();
	}

	@Test
	void anAuditorReadsButCannotRecord() throws Exception {
		ContractSummary contract = nda();
		this.mvc.perform(get(path(contract)).with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());

		this.mvc
			.perform(post(path(contract)).with(user("auditor").roles("AUDITOR"))
				.with(csrf())
				.param("version", "0")
				.param("verdict.N01", "PRESENT"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorAccountGetsNotFound() throws Exception {
		this.mvc.perform(get(path(nda())).with(user("rep").roles("CONTRACTOR"))).andExpect(status().isNotFound());
	}

	@Test
	void theMatrixViewListsActiveContractsWithTheirSymbols() throws Exception {
		ContractSummary contract = nda();

		this.mvc.perform(get("/clauses/matrix").param("kind", "NDA").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("matrix-row-" + contract.id())));
	}

	@Test
	void theMatrixExportsAnExcelWorkbook() throws Exception {
		nda();
		this.mvc.perform(get("/clauses/matrix.xlsx").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void theApplicabilityScreenExplainsTheDefaults() throws Exception {
		this.mvc.perform(get("/clauses/applicability").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applicability-defaults\"")))
			.andExpect(content().string(containsString("id=\"cell-D08-DEVELOPMENT\"")));
	}

	@Test
	void aMemberCannotChangeTheApplicabilityMatrix() throws Exception {
		this.mvc
			.perform(post("/clauses/applicability/N01").with(user("member").roles("MEMBER"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSupplierTypeScreenShowsEveryType() throws Exception {
		this.mvc.perform(get("/clauses/supplier-types").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("policy-SOFTWARE_DEVELOPMENT")));
	}

}
