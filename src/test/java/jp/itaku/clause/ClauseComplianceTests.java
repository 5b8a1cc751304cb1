package jp.itaku.clause;

import java.util.List;
import java.util.Set;

import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static jp.itaku.clause.ClauseFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance table's view of the 33 items and S01: shares of applicable active
 * contracts, the contracts that lack an item named in links, never NOT_TRACKED.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseComplianceTests {

	@Autowired
	ClauseCompliance compliance;

	@Autowired
	SupplierPolicyCompliance s01;

	@Autowired
	SupplierPolicies policies;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	private RequirementAssessment assessment(String item) {
		return this.compliance.assess()
			.stream()
			.filter((a) -> a.requirementId().equals(item))
			.findFirst()
			.orElseThrow();
	}

	private ContractSummary nda() {
		return ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.NDA, Set.of(SupplierType.OTHER),
				Set.of(AccessKind.NONE));
	}

	@Test
	void everyContractItemIsReportedAndNoneIsNotTracked() {
		assertThat(this.compliance.assess()).extracting(RequirementAssessment::requirementId)
			.containsExactlyElementsOf(ClauseItems.CONTRACT_ITEMS);
		assertThat(this.compliance.assess()).extracting(RequirementAssessment::status)
			.doesNotContain(ComplianceStatus.NOT_TRACKED);
	}

	@Test
	void anActiveContractLackingAnItemIsAGapNamedInTheLinks() {
		ContractSummary contract = nda();
		ChecklistView checklist = this.checklists.find("contract", contract.id()).orElseThrow();
		as("member", () -> this.checklists.record("contract", contract.id(), checklist.version(),
				List.of(ClauseFixtures.found("N09", ClauseVerdict.ABSENT))), Role.MEMBER);

		RequirementAssessment n09 = assessment("N09");
		assertThat(n09.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(n09.detail()).matches(".*\\d+/\\d+.*");
	}

	@Test
	void aGapNamesAtMostFiveContractsAndSaysHowManyMore() {
		List<ItemGap> gaps = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			gaps.add(new ItemGap("R01", java.util.UUID.randomUUID(), "C-" + i));
		}

		RequirementAssessment r01 = this.compliance.assess("R01", 9, gaps);

		assertThat(r01.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(r01.detail()).startsWith("2/9").contains("C-4").doesNotContain("C-5").contains("2");
		assertThat(r01.links()).hasSize(6).last().isEqualTo("/clauses/matrix?gapsOnly=true");
	}

	@Test
	void anItemNoActiveContractNeedsIsOk() {
		assertThat(this.compliance.assess("D08", 0, List.of()).status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void anItemEveryApplicableContractHoldsIsOkWithTheShare() {
		RequirementAssessment n01 = this.compliance.assess("N01", 4, List.of());

		assertThat(n01.status()).isEqualTo(ComplianceStatus.OK);
		assertThat(n01.detail()).contains("4/4");
	}

	@Test
	void s01IsAGapNamingAContractorWithoutASupplierType() {
		ContractSummary contract = ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.OTHER,
				Set.of(), Set.of(AccessKind.VIEW));

		assertThat(this.s01.outside()).filteredOn((o) -> o.contractorId().equals(contract.contractorId()))
			.singleElement()
			.satisfies((o) -> assertThat(o.noType()).isTrue());
		assertThat(this.s01.assess()).singleElement()
			.satisfies((a) -> assertThat(a.status()).isEqualTo(ComplianceStatus.GAP));
	}

	@Test
	void s01AccessBeyondWhatIsPermittedIsNamed() {
		ContractSummary contract = ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.OTHER,
				Set.of(SupplierType.LOGISTICS), Set.of(AccessKind.PHYSICAL_ACCESS, AccessKind.STORE));
		SupplierPolicyView logistics = this.policies.get(SupplierType.LOGISTICS);
		as("committee", () -> this.policies.change(SupplierType.LOGISTICS, logistics.version(),
				Set.of(AccessKind.PHYSICAL_ACCESS), "物流事業者は倉庫への立入りのみ許可する"), Role.COMMITTEE);

		assertThat(this.s01.outside()).filteredOn((o) -> o.contractorId().equals(contract.contractorId()))
			.singleElement()
			.satisfies((o) -> assertThat(o.beyond()).containsExactly(AccessKind.STORE));
	}

}
