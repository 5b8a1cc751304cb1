package jp.itaku.compliance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/compliance}: one entry per requirement id, for everyone inside the
 * organisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplianceApiTests {

	private static final String COMPLIANCE = "/api/v1/compliance";

	private static final String[] TRACKED = { "OK", "DUE_SOON", "OVERDUE", "GAP" };

	@Autowired
	MockMvc mvc;

	@Test
	void listsEverySixtyFourRequirementIdInTheRegulationsOrder() throws Exception {
		this.mvc.perform(get(COMPLIANCE).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(64)))
			.andExpect(jsonPath("$[0].requirementId").value("SEL-01"))
			.andExpect(jsonPath("$[63].requirementId").value("REV-03"))
			.andExpect(jsonPath("$[*].requirementId", hasItems("S01", "S03", "R01", "OPS-06", "EXC-01", "PUB-01")));
	}

	@Test
	void answersEachEntryWithSectionKindTextStatusDetailAndLinks() throws Exception {
		this.mvc.perform(get(COMPLIANCE).with(user("member").roles("MEMBER")))
			.andExpect(jsonPath("$[?(@.requirementId == 'R01')].section", hasItem("4.2(3)①")))
			.andExpect(jsonPath("$[?(@.requirementId == 'R01')].kind", hasItem("contract-clause")))
			.andExpect(jsonPath("$[?(@.requirementId == 'R01')].text", hasItem("委託業者が、再委託を行うためには、当法人に事前の承認を得なければならない")))
			.andExpect(jsonPath("$[*].status",
					everyItem(in(new String[] { "OK", "DUE_SOON", "OVERDUE", "GAP", "NOT_TRACKED" }))))
			.andExpect(jsonPath("$[0].links").isArray())
			.andExpect(jsonPath("$[0]").value(org.hamcrest.Matchers.hasKey("detail")));
	}

	@Test
	void tracksSupplierTypesAndKindsOfAccessFromTheRegister() throws Exception {
		this.mvc.perform(get(COMPLIANCE).with(user("member").roles("MEMBER")))
			.andExpect(jsonPath("$[?(@.requirementId == 'S01')].status", contains(in(TRACKED))))
			.andExpect(jsonPath("$[?(@.requirementId == 'S03')].status", contains(in(TRACKED))))
			.andExpect(jsonPath("$[?(@.requirementId == 'S01')].links[*]", hasItem(startsWith("/contractors"))));
	}

	@Test
	void answersTheTextInEnglishForAnEnglishCaller() throws Exception {
		this.mvc.perform(get(COMPLIANCE).header("Accept-Language", "en").with(user("member").roles("MEMBER")))
			.andExpect(jsonPath("$[?(@.requirementId == 'S03')].text",
					hasItem(startsWith("Defining the types of access to information"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MEMBER", "COMMITTEE", "AUDITOR", "ADMIN" })
	void everyoneInsideTheOrganisationReadsIt(String role) throws Exception {
		this.mvc.perform(get(COMPLIANCE).with(user(role.toLowerCase()).roles(role))).andExpect(status().isOk());
	}

	@Test
	void aContractorMayNotReadIt() throws Exception {
		this.mvc.perform(get(COMPLIANCE).with(user("contractor").roles("CONTRACTOR")))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
	}

	@Test
	void anAnonymousCallerMustAuthenticate() throws Exception {
		this.mvc.perform(get(COMPLIANCE)).andExpect(status().isUnauthorized());
	}

}
