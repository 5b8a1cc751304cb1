package jp.itaku.duty;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation's duty list filtered by the contractor the duties concern (issue 4:
 * the overdue list is filterable by contractor; 規程 4.1), in the API and on the screen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DutyContractorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	@Autowired
	Contractors contractors;

	private UUID overdueFor(UUID contractor) {
		return this.duties
			.schedule(DutyFixtures.reevaluation(DutyOwner.user("contractor-filter"), this.duties.today(), -30)
				.withContractor(contractor));
	}

	@Test
	void theApiListsOnlyTheDutiesOfTheContractorAskedFor() throws Exception {
		UUID contractor = UUID.randomUUID();
		UUID concerning = overdueFor(contractor);
		overdueFor(UUID.randomUUID());
		overdueFor(null);
		this.mvc
			.perform(get("/api/v1/duties").param("contractor", contractor.toString())
				.param("status", "OVERDUE")
				.with(user("auditor-c").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(contains(concerning.toString())))
			.andExpect(jsonPath("$.content[0].contractorId").value(contractor.toString()));
	}

	@Test
	void aReplannedDutyGainsTheContractorItNowConcerns() throws Exception {
		DutyPlan plan = DutyFixtures.reevaluation(DutyOwner.user("contractor-replan"), this.duties.today(), 10);
		UUID id = this.duties.schedule(plan);
		UUID contractor = UUID.randomUUID();
		this.duties.schedule(plan.withContractor(contractor));
		this.mvc
			.perform(get("/api/v1/duties").param("contractor", contractor.toString())
				.with(user("member-c").roles("MEMBER")))
			.andExpect(jsonPath("$.content[*].id").value(contains(id.toString())));
	}

	@Test
	void theScreenFiltersByContractorAndNamesItInAChipWithAClearLink() throws Exception {
		UUID contractor = DutyFixtures
			.as("member",
					() -> this.contractors.register(new ContractorDetails("定期業務絞込株式会社", "テイキギョウムシボリコミ", null, null,
							null, null, null, Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW),
							InformationClassification.INTERNAL, null, null, null, null, null, List.of())),
					Role.MEMBER)
			.getId();
		UUID concerning = overdueFor(contractor);
		UUID other = overdueFor(UUID.randomUUID());
		this.mvc
			.perform(get("/duties").param("contractor", contractor.toString())
				.param("status", "OVERDUE")
				.with(user("member-c").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-duty-id=\"" + concerning + "\""),
					not(containsString("data-duty-id=\"" + other + "\"")),
					containsString("id=\"duty-contractor-chip\""), containsString("定期業務絞込株式会社"),
					containsString("name=\"contractor\""), containsString("href=\"/duties?status=OVERDUE\""))));
	}

	@Test
	void theScreenShowsNoContractorChipWithoutTheFilter() throws Exception {
		this.mvc.perform(get("/duties").with(user("member-c").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"duty-contractor-chip\""))));
	}

}
