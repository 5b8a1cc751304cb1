package jp.itaku.regulation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/regulation}: the version in force loaded at first start, its
 * requirements and sections, readable only by the regulation's subjects (規程 8 PUB-01).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegulationApiTests {

	private static final String REQUIREMENTS = "/api/v1/regulation/requirements";

	@Autowired
	MockMvc mvc;

	@Test
	void answersTheSixtyFourRequirementsOfTheVersionInForce() throws Exception {
		this.mvc.perform(get(REQUIREMENTS).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(64)))
			.andExpect(jsonPath("$[0].id").value("SEL-01"))
			.andExpect(jsonPath("$[63].id").value("REV-03"))
			.andExpect(jsonPath("$[?(@.id == 'R01')].section", hasItem("4.2(3)①")))
			.andExpect(jsonPath("$[?(@.id == 'R01')].kind", hasItem("contract-clause")))
			.andExpect(jsonPath("$[?(@.id == 'R01')].text", hasItem("委託業者が、再委託を行うためには、当法人に事前の承認を得なければならない")))
			.andExpect(jsonPath("$[?(@.id == 'PUB-01')].iso27001", hasItem("A.5.1")));
	}

	@Test
	void answersTheRequirementsInEnglishWhenAsked() throws Exception {
		this.mvc.perform(get(REQUIREMENTS).header("Accept-Language", "en").with(user("member").roles("MEMBER")))
			.andExpect(jsonPath("$[?(@.id == 'R01')].text", hasItem(startsWith("The contractor must obtain"))));
	}

	@Test
	void listsVersionOneAsInForceFromFirstStart() throws Exception {
		this.mvc.perform(get("/api/v1/regulation/versions").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.number == 1)].status", contains("IN_FORCE")))
			.andExpect(jsonPath("$[?(@.number == 1)].approver", contains(Regulation.INITIAL_APPROVER)))
			.andExpect(jsonPath("$[?(@.number == 1)].effectiveOn").isNotEmpty());
	}

	@Test
	void showsAVersionWithItsSectionsAndTheRequirementIdsEachHolds() throws Exception {
		this.mvc.perform(get("/api/v1/regulation/versions/1").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version.number").value(1))
			.andExpect(jsonPath("$.sections", hasSize(17)))
			.andExpect(jsonPath("$.sections[5].number").value("4.2"))
			.andExpect(jsonPath("$.sections[5].heading").value("委託契約に関する遵守事項"))
			.andExpect(jsonPath("$.sections[5].requirementIds", hasItems("S01", "R01")))
			.andExpect(jsonPath("$.sections[15].requirementIds", contains("PUB-01")));
	}

	@Test
	void answersNotFoundForAnUnknownVersion() throws Exception {
		this.mvc.perform(get("/api/v1/regulation/versions/999").with(user("member").roles("MEMBER")))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "MEMBER", "COMMITTEE", "AUDITOR", "ADMIN" })
	void isReadableByEveryRoleOfTheOrganisation(String role) throws Exception {
		this.mvc.perform(get(REQUIREMENTS).with(user("someone").roles(role))).andExpect(status().isOk());
	}

	@Test
	void isForbiddenToContractorAccounts() throws Exception {
		this.mvc.perform(get(REQUIREMENTS).with(user("contractor").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/regulation/versions/1").with(user("contractor").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void asksAnonymousVisitorsToAuthenticate() throws Exception {
		this.mvc.perform(get(REQUIREMENTS)).andExpect(status().isUnauthorized());
	}

	@Test
	void reportsTheVersionInForceAndWhoHasNotAcknowledgedItToTheComplianceSpine() throws Exception {
		// the administrator created at start has not acknowledged version 1
		this.mvc.perform(get("/api/v1/compliance").with(user("member").roles("MEMBER")))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-01')].status", contains("OK")))
			.andExpect(jsonPath("$[?(@.requirementId == 'PUB-01')].status", contains("GAP")))
			.andExpect(jsonPath("$[?(@.requirementId == 'PUB-01')].detail", contains(containsString("未確認"))))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-02')].status", contains("OK")))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-03')].status", contains("OK")))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-03')].detail", contains(containsString("次回の年次見直し期限"))));
	}

}
