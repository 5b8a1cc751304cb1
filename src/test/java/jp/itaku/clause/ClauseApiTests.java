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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clause API per role, with problem details for refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseApiTests {

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

	private long version(ContractSummary contract) {
		return this.checklists.find("contract", contract.id()).orElseThrow().version();
	}

	@Test
	void anAuditorReadsAContractsChecklist() throws Exception {
		ContractSummary contract = nda();

		this.mvc.perform(get("/api/v1/contracts/{id}/checklist", contract.id()).with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicable").value(10))
			.andExpect(jsonPath("$.items.length()").value(33))
			.andExpect(jsonPath("$.items[0].requirementId").value("N01"));
	}

	@Test
	void aMemberRecordsFindings() throws Exception {
		ContractSummary contract = nda();
		String body = "{\"version\":" + version(contract)
				+ ",\"findings\":[{\"requirementId\":\"N01\",\"verdict\":\"PRESENT\",\"article\":\"第2条\"},"
				+ "{\"requirementId\":\"N08\",\"verdict\":\"PARTIAL\"}]}";

		this.mvc
			.perform(put("/api/v1/contracts/{id}/checklist", contract.id()).with(user("m").roles("MEMBER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.present").value(1))
			.andExpect(jsonPath("$.unresolved").value(1));
	}

	@Test
	void aStaleVersionAnswersConflict() throws Exception {
		ContractSummary contract = nda();
		String body = "{\"version\":" + (version(contract) + 5) + ",\"findings\":[]}";

		this.mvc
			.perform(put("/api/v1/checklists/contract/{id}", contract.id()).with(user("m").roles("MEMBER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aFindingOnAnItemThatDoesNotApplyAnswersBadRequestNamingTheField() throws Exception {
		ContractSummary contract = nda();
		String body = "{\"version\":" + version(contract)
				+ ",\"findings\":[{\"requirementId\":\"D01\",\"verdict\":\"PRESENT\"}]}";

		this.mvc
			.perform(put("/api/v1/contracts/{id}/checklist", contract.id()).with(user("m").roles("MEMBER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings[0].verdict"));
	}

	@Test
	void anAuditorMayNotRecord() throws Exception {
		ContractSummary contract = nda();

		this.mvc
			.perform(put("/api/v1/contracts/{id}/checklist", contract.id()).with(user("aud").roles("AUDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"findings\":[]}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorAccountGetsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/contracts/{id}/checklist", nda().id()).with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMatrixPagesActiveContractsFilteredByKind() throws Exception {
		ContractSummary contract = nda();

		this.mvc
			.perform(get("/api/v1/clause-matrix").param("kind", "NDA")
				.param("size", "100")
				.with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].contractId").value(hasItem(contract.id().toString())))
			.andExpect(jsonPath("$.content[0].cells.length()").value(33));
	}

	@Test
	void everyoneInsideReadsTheApplicabilityMatrix() throws Exception {
		this.mvc.perform(get("/api/v1/clause-applicability").with(user("m").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells.length()").value(231));
	}

	@Test
	void onlyTheCommitteeChangesTheApplicabilityMatrix() throws Exception {
		this.mvc
			.perform(put("/api/v1/clause-applicability").with(user("m").roles("MEMBER", "ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"cells\":[]}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCellNamingAnUnknownItemAnswersBadRequest() throws Exception {
		this.mvc
			.perform(put("/api/v1/clause-applicability").with(user("c").roles("COMMITTEE"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"cells\":[{\"requirementId\":\"X99\",\"kind\":\"NDA\",\"always\":true}]}"))
			.andExpect(status().isBadRequest());
	}

}
