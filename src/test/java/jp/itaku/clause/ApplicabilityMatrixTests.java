package jp.itaku.clause;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The seeded defaults of the applicability matrix per contract kind × supplier type ×
 * access, and a committee edit that re-derives the checklists keeping their findings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicabilityMatrixTests {

	private static final List<String> CONFIDENTIALITY = List.of("N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08",
			"N09", "N10");

	@Autowired
	ClauseApplicability applicability;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	private Set<String> applicable(ContractKind kind, SupplierType type, AccessKind... access) {
		return this.applicability.applicable(kind, Set.of(type),
				(access.length == 0) ? Set.of() : EnumSet.of(access[0], access));
	}

	@Test
	void anNdaAlwaysNeedsTheConfidentialityItemsOnly() {
		assertThat(applicable(ContractKind.NDA, SupplierType.OTHER, AccessKind.NONE))
			.containsExactlyElementsOf(CONFIDENTIALITY);
	}

	@Test
	void personalDataTermsNeedConfidentialityAndPriorApprovalOfSubcontracting() {
		assertThat(applicable(ContractKind.PERSONAL_DATA, SupplierType.IT_SERVICE, AccessKind.NONE))
			.containsAll(CONFIDENTIALITY)
			.contains("R01")
			.doesNotContain("D01", "S03", "Q01");
	}

	@Test
	void aDevelopmentContractNeedsEveryDevelopmentItem() {
		assertThat(applicable(ContractKind.DEVELOPMENT, SupplierType.SOFTWARE_DEVELOPMENT, AccessKind.NONE))
			.contains("D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "Q01", "Q02", "R01")
			.doesNotContain("N01", "S03", "S13");
	}

	@Test
	void outsourcingNeedsTheDevelopmentItemsOnlyFromSoftwareDevelopers() {
		assertThat(applicable(ContractKind.OUTSOURCING, SupplierType.SOFTWARE_DEVELOPMENT, AccessKind.PROCESS))
			.contains("D01", "D11");
		assertThat(applicable(ContractKind.OUTSOURCING, SupplierType.LOGISTICS, AccessKind.PROCESS))
			.doesNotContain("D01", "D11")
			.contains("N01", "S03", "S12", "S13", "Q01", "Q02", "R01");
	}

	@Test
	void maintenanceNeedsASubsetOfDevelopmentAndTransitionOnlyWithStorageOrSystemAccess() {
		assertThat(applicable(ContractKind.MAINTENANCE, SupplierType.IT_SERVICE, AccessKind.VIEW))
			.contains("D02", "D06", "D07")
			.doesNotContain("D01", "D08", "S13");
		assertThat(applicable(ContractKind.MAINTENANCE, SupplierType.IT_SERVICE, AccessKind.SYSTEM_ACCESS))
			.contains("S13");
	}

	@Test
	void anyAccessBringsTheSupplierRelationshipItems() {
		assertThat(applicable(ContractKind.OTHER, SupplierType.OTHER, AccessKind.PHYSICAL_ACCESS))
			.containsAll(List.of("N01", "N10", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S12"));
		assertThat(applicable(ContractKind.OTHER, SupplierType.OTHER, AccessKind.NONE)).isEmpty();
	}

	@Test
	void aCommitteeEditReDerivesExistingChecklistsAndKeepsTheirFindings() {
		ContractSummary contract = ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.OTHER,
				Set.of(SupplierType.OTHER), Set.of(AccessKind.VIEW));
		long read = this.checklists.find("contract", contract.id()).orElseThrow().version();
		as("member", () -> this.checklists.record("contract", contract.id(), read,
				List.of(ClauseFixtures.present("N01", "第4条"))), Role.MEMBER);
		ApplicabilityView before = this.applicability.view();
		ApplicabilityCell original = before.cell("R01", ContractKind.OTHER).orElseThrow();
		try {
			as("committee",
					() -> this.applicability.change(before.version(),
							List.of(new ApplicabilityCell("R01", ContractKind.OTHER, true, Set.of(), Set.of()))),
					Role.COMMITTEE);

			ChecklistView after = this.checklists.find("contract", contract.id()).orElseThrow();
			assertThat(after.item("R01").orElseThrow().applicable()).isTrue();
			assertThat(after.item("N01").orElseThrow().verdict()).isEqualTo(ClauseVerdict.PRESENT);
			assertThat(after.item("N01").orElseThrow().article()).isEqualTo("第4条");
		}
		finally {
			as("committee", () -> this.applicability.change(this.applicability.view().version(), List.of(original)),
					Role.COMMITTEE);
		}
	}

	@Test
	void aChangeAgainstAStaleVersionIsRefused() {
		long stale = this.applicability.view().version() - 1;

		assertThatExceptionOfType(StaleApplicabilityVersion.class).isThrownBy(() -> as("committee",
				() -> this.applicability.change(stale,
						List.of(new ApplicabilityCell("R01", ContractKind.NDA, true, Set.of(), Set.of()))),
				Role.COMMITTEE));
		assertThat(this.applicability.view().cell("R01", ContractKind.NDA).orElseThrow().always()).isFalse();
	}

}
