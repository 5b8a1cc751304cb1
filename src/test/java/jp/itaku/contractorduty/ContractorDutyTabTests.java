package jp.itaku.contractorduty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 定期業務 tab of a contractor's page: its open duties for the organisation, nothing for
 * the contractor's own account (規程 4.1; SEL-04).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractorDutyTabTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	@Autowired
	Contractors contractors;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	private UUID contractorWithOverdueDuty(String name) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("member", null,
					AuthorityUtils.createAuthorityList(Role.MEMBER.authority())));
		try {
			UUID contractor = this.contractors
				.register(new ContractorDetails(name, "テイキギョウムタブ", null, null, null, null, null,
						Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL,
						null, null, null, null, null, List.of()))
				.getId();
			this.duties.schedule(DutyPlan
				.of(new DutyKey("tab-reevaluation", "contractor", contractor.toString()), "SEL-04",
						DutyOwner.user("tab-owner"), "duty.demo.contractor-reevaluation", List.of(name),
						"/contractors/" + contractor, Recurrence.once(), LocalDate.now(this.clock).minusDays(40))
				.withContractor(contractor));
			return contractor;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void listsTheContractorsOpenDutiesOverdueHighlightedWithALinkToTheFilteredList() throws Exception {
		UUID contractor = contractorWithOverdueDuty("定期業務タブ株式会社");
		this.mvc.perform(get("/contractors/{id}", contractor).param("tab", "duties").with(user("m").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"duty-tab-table\""), containsString("tab-owner"),
					containsString("table-danger"), containsString("href=\"/duties?contractor=" + contractor + "\""))));
	}

	@Test
	void aContractorsOwnAccountSeesNothingOfItsDuties() throws Exception {
		UUID contractor = contractorWithOverdueDuty("定期業務非表示株式会社");
		String username = "duty-tab-contractor-" + UUID.randomUUID();
		this.accounts.createLocal(username, "委託先 担当者", "duty-tab-contractor-password", Set.of(Role.CONTRACTOR),
				contractor);
		this.mvc
			.perform(get("/contractors/{id}", contractor).param("tab", "duties")
				.with(user(this.userDetails.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"duty-tab-table\"")),
					not(containsString("tab-owner")), not(containsString("/duties?contractor=")))));
	}

}
