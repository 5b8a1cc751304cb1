package jp.itaku.clausecheck;

import java.util.UUID;

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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/contracts/{id}/clause-checks} (規程 4.2): the runs, one run in the shape
 * of {@code POST /api/v1/clause-checks}, checking again, and who may do which.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractClauseCheckApiTests {

	static final String RUNS = "/api/v1/contracts/{id}/clause-checks";

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Autowired
	Contracts contracts;

	@Test
	void answersARunWithAllThirtySevenRequirementsInTheCheckShape() throws Exception {
		UUID contractId = checkedContract();
		String runId = RunFixtures.newestRun(this.mvc, contractId);

		this.mvc.perform(get(RUNS + "/{run}", contractId, runId).with(RunFixtures.MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.run.id").value(runId))
			.andExpect(jsonPath("$.run.outcome").value("CHECKED"))
			.andExpect(jsonPath("$.requirements", hasSize(37)))
			.andExpect(jsonPath("$.requirements[*].id", contains(ClauseChecks.REQUIREMENT_IDS.toArray())))
			.andExpect(jsonPath("$.requirements[36].verdict").value("present"))
			.andExpect(jsonPath("$.requirements[36].evidence[0].article").value("第2条"))
			.andExpect(jsonPath("$.articles").value(2))
			.andExpect(jsonPath("$.millis").isNumber());
	}

	@Test
	void listsTheRunsNewestFirstInPages() throws Exception {
		UUID contractId = checkedContract();
		recheck(contractId, RunFixtures.MEMBER).andExpect(status().isCreated());
		String newest = RunFixtures.newestRun(this.mvc, contractId);

		this.mvc.perform(get(RUNS, contractId).param("size", "1").with(RunFixtures.AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].id").value(newest))
			.andExpect(jsonPath("$.page.totalElements").value(2));
	}

	@Test
	void refusesAPageLargerThanAHundredRuns() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);

		this.mvc.perform(get(RUNS, contractId).param("size", "101").with(RunFixtures.MEMBER))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesACheckWithoutADocument() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);

		this.mvc.perform(
				post(RUNS, contractId).with(RunFixtures.MEMBER).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aMemberChecksADocumentAgainAsANewRun() throws Exception {
		UUID contractId = checkedContract();

		recheck(contractId, RunFixtures.MEMBER).andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/contracts/" + contractId)))
			.andExpect(jsonPath("$.outcome").value("CHECKED"))
			.andExpect(jsonPath("$.checkedBy").value("cc-run-member"));
	}

	@Test
	void anAuditorReadsButMayNotCheckAgain() throws Exception {
		UUID contractId = checkedContract();
		String runId = RunFixtures.newestRun(this.mvc, contractId);

		this.mvc.perform(get(RUNS + "/{run}", contractId, runId).with(RunFixtures.AUDITOR)).andExpect(status().isOk());
		recheck(contractId, RunFixtures.AUDITOR).andExpect(status().isForbidden());
		recheck(contractId, RunFixtures.COMMITTEE).andExpect(status().isForbidden());
	}

	@Test
	void aContractorAccountFindsNoRuns() throws Exception {
		UUID contractId = checkedContract();
		String runId = RunFixtures.newestRun(this.mvc, contractId);

		this.mvc.perform(get(RUNS, contractId).with(RunFixtures.CONTRACTOR)).andExpect(status().isNotFound());
		this.mvc.perform(get(RUNS + "/{run}", contractId, runId).with(RunFixtures.CONTRACTOR))
			.andExpect(status().isNotFound());
		recheck(contractId, RunFixtures.CONTRACTOR).andExpect(status().isNotFound());
		this.mvc.perform(get("/contracts/{id}/clause-checks/{run}", contractId, runId).with(RunFixtures.CONTRACTOR))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRunOfAnotherContractIsNotFound() throws Exception {
		UUID contractId = checkedContract();
		UUID other = RunFixtures.contract(this.contractors, this.contracts);

		this.mvc
			.perform(get(RUNS + "/{run}", other, RunFixtures.newestRun(this.mvc, contractId)).with(RunFixtures.MEMBER))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDocumentOfAnotherContractIsNotFound() throws Exception {
		UUID contractId = checkedContract();
		UUID other = RunFixtures.contract(this.contractors, this.contracts);
		String documentId = RunFixtures.runs(this.mvc, contractId).get(0).get("documentId").asString();

		this.mvc
			.perform(post(RUNS, other).with(RunFixtures.MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentId\":\"" + documentId + "\"}"))
			.andExpect(status().isNotFound());
	}

	private UUID checkedContract() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));
		return contractId;
	}

	private ResultActions recheck(UUID contractId, RequestPostProcessor user) throws Exception {
		String documentId = RunFixtures.runs(this.mvc, contractId).get(0).get("documentId").asString();
		return this.mvc.perform(post(RUNS, contractId).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":\"" + documentId + "\"}"));
	}

}
