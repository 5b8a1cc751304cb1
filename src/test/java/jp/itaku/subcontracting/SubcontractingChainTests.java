package jp.itaku.subcontracting;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.ContractorStatusRefused;
import jp.itaku.contractor.Contractors;
import jp.itaku.selection.SelectionFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The subcontracting chain (委託先 → 再委託先 → 再々委託先 …, 規程 4.2(3)① R01) to any depth and safe
 * against cycles, and the guard that keeps a company known only as a subcontractor from
 * being contracted without approval.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubcontractingChainTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SubcontractingChains chains;

	@Autowired
	Contractors contractors;

	@Autowired
	MockMvc mvc;

	@Test
	void theChainIsShownToDepthThree() {
		Contractor a = company("連鎖一次株式会社");
		Contractor b = company("連鎖二次株式会社");
		Contractor c = company("連鎖三次株式会社");
		Contractor d = company("連鎖四次株式会社");
		SubcontractingFixtures.approved(this.context, a.getId(), b.getId());
		SubcontractingFixtures.approved(this.context, b.getId(), c.getId());
		SubcontractingFixtures.approved(this.context, c.getId(), d.getId());

		ChainView chain = this.chains.below(a.getId());

		assertThat(chain.depth()).isEqualTo(3);
		ChainLink second = chain.links().get(0);
		assertThat(second.subcontractorName()).isEqualTo("連鎖二次株式会社");
		ChainLink third = second.below().get(0);
		assertThat(third.subcontractorName()).isEqualTo("連鎖三次株式会社");
		assertThat(third.below()).extracting(ChainLink::subcontractorName, ChainLink::depth)
			.containsExactly(tuple("連鎖四次株式会社", 3));
	}

	@Test
	void aCycleEndsWhereTheCompanyAppearsAgain() {
		Contractor a = company("循環甲株式会社");
		Contractor b = company("循環乙株式会社");
		Contractor c = company("循環丙株式会社");
		SubcontractingFixtures.approved(this.context, a.getId(), b.getId());
		SubcontractingFixtures.approved(this.context, b.getId(), c.getId());
		SubcontractingFixtures.approved(this.context, c.getId(), a.getId());

		ChainView chain = this.chains.below(a.getId());

		ChainLink back = chain.links().get(0).below().get(0).below().get(0);
		assertThat(back.subcontractorId()).isEqualTo(a.getId());
		assertThat(back.repeated()).isTrue();
		assertThat(back.below()).isEmpty();
		assertThat(chain.depth()).isEqualTo(3);
	}

	@Test
	void onlyApprovedRequestsAreLinksOfTheChain() {
		Contractor a = company("承認前連鎖株式会社");
		Contractor pending = company("審議中再委託先株式会社");
		this.context.getBean(Subcontracting.class).request(SubcontractingFixtures.input(a.getId(), pending.getId()));

		assertThat(this.chains.below(a.getId()).links()).isEmpty();
	}

	@Test
	void theChainApiAnswersAnAuditorAndTheChainPageAMember() throws Exception {
		Contractor a = company("連鎖API元株式会社");
		Contractor b = company("連鎖API先株式会社");
		SubcontractingFixtures.approved(this.context, a.getId(), b.getId());

		this.mvc
			.perform(get("/api/v1/contractors/{id}/subcontracting-chain", a.getId())
				.with(user("chain-auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[0].subcontractorName").value("連鎖API先株式会社"))
			.andExpect(jsonPath("$.links[0].status").value("APPROVED"));
		this.mvc.perform(get("/subcontracting/chain/{id}", a.getId()).with(user("chain-member").roles("MEMBER")))
			.andExpect(status().isOk());
	}

	@Test
	void aCompanyKnownOnlyAsASubcontractorCannotBeContractedWithoutApproval() {
		Contractor parent = company("契約前再委託元株式会社");
		Contractor subcontractor = selected("承認待ち再委託先株式会社");
		this.context.getBean(Subcontracting.class)
			.request(SubcontractingFixtures.input(parent.getId(), subcontractor.getId()));

		assertThatExceptionOfType(ContractorStatusRefused.class).isThrownBy(() -> this.contractors
			.changeStatus(subcontractor.contractorId(), version(subcontractor), ContractorStatus.CONTRACTED, null));
		assertThat(this.contractors.get(subcontractor.contractorId()).getStatus()).isEqualTo(ContractorStatus.SELECTED);
	}

	@Test
	void anApprovedSubcontractorCanBeContracted() {
		Contractor parent = company("承認済再委託元株式会社");
		Contractor subcontractor = selected("承認済再委託先契約株式会社");
		SubcontractingFixtures.approved(this.context, parent.getId(), subcontractor.getId());

		this.contractors.changeStatus(subcontractor.contractorId(), version(subcontractor), ContractorStatus.CONTRACTED,
				null);

		assertThat(this.contractors.get(subcontractor.contractorId()).getStatus())
			.isEqualTo(ContractorStatus.CONTRACTED);
	}

	private Contractor company(String name) {
		return SubcontractingFixtures.company(this.context, name);
	}

	private Contractor selected(String name) {
		Contractor contractor = company(name);
		SelectionFixtures.passingEvaluation(this.context, contractor.contractorId());
		this.contractors.changeStatus(contractor.contractorId(), contractor.getVersion(), ContractorStatus.SELECTED,
				null);
		return this.contractors.get(contractor.contractorId());
	}

	private long version(Contractor contractor) {
		return this.contractors.get(contractor.contractorId()).getVersion();
	}

}
