package jp.itaku.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Contractors contractors;

	@Test
	void showsAMemberTheComplianceStandingAndTheRegisterByStatus() throws Exception {
		this.mvc.perform(get("/").with(user("home-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"home-compliance\""),
					containsString("id=\"home-compliance-NOT_TRACKED\""), containsString("id=\"home-register\""),
					containsString("id=\"home-contractors-CONTRACTED\""), containsString("委託先を登録する"))));
	}

	@Test
	void listsARequirementWithAGapUnderNeedsAttention() throws Exception {
		registerWithoutAccessKind("注意喚起株式会社", "チュウイカンキ");

		this.mvc.perform(get("/").with(user("home-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"home-attention\""), containsString("S03"))));
	}

	@Test
	void speaksEnglishToAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "en").with(user("home-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Welcome, home-member"),
					containsString("Contractor register"), containsString("Register a contractor"))));
	}

	@Test
	void showsAnAuditorNoRegisterButton() throws Exception {
		this.mvc.perform(get("/").with(user("home-auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"home-register\""), not(containsString("/contractors/new")))));
	}

	@Test
	void sendsAContractorRepresentativeToTheirOwnCompanyOnly() throws Exception {
		Contractor own = registerWithoutAccessKind("自社確認株式会社", "ジシャカクニン");
		String username = "home-contractor-" + UUID.randomUUID();
		this.accounts.createLocal(username, "委託先 担当者", "home-contractor-password", Set.of(Role.CONTRACTOR),
				own.getId());

		this.mvc.perform(get("/").with(user(this.userDetails.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"home-own-company\""), containsString("/contractors/" + own.getId()),
						not(containsString("id=\"home-compliance\"")), not(containsString("id=\"home-register\"")))));
	}

	@Test
	void offersTheRegulationAndCommitteeDecisionsToMembersButNotToContractors() throws Exception {
		this.mvc.perform(get("/").with(user("home-member").roles("MEMBER")))
			.andExpect(content()
				.string(allOf(containsString("id=\"nav-regulation\""), containsString("id=\"nav-approvals\""),
						containsString("id=\"nav-selection\""), containsString("id=\"nav-corrective-actions\""))));
		Contractor own = registerWithoutAccessKind("ナビ確認株式会社", "ナビカクニン");
		String username = "nav-contractor-" + UUID.randomUUID();
		this.accounts.createLocal(username, "委託先 担当者", "nav-contractor-password", Set.of(Role.CONTRACTOR), own.getId());

		this.mvc.perform(get("/").with(user(this.userDetails.loadUserByUsername(username))))
			.andExpect(content().string(allOf(not(containsString("id=\"nav-regulation\"")),
					not(containsString("id=\"nav-approvals\"")), not(containsString("id=\"nav-selection\"")),
					not(containsString("id=\"nav-corrective-actions\"")))));
	}

	private Contractor registerWithoutAccessKind(String name, String kana) {
		return this.contractors.register(new ContractorDetails(name, kana, null, null, null, null, null, Set.of(),
				Set.<AccessKind>of(), InformationClassification.INTERNAL, null, null, null, null, null, List.of()));
	}

}
