package jp.itaku.clause;

import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One cell of the matrix decides alone, without Spring. */
class ApplicabilityCellTests {

	@Test
	void aCellWithAccessKindsAppliesWhenTheContractorHasOneOfThem() {
		ApplicabilityCell cell = new ApplicabilityCell("S13", ContractKind.MAINTENANCE, false,
				Set.of(AccessKind.STORE, AccessKind.SYSTEM_ACCESS), Set.of());

		assertThat(cell.applies(Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW, AccessKind.STORE))).isTrue();
		assertThat(cell.applies(Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW))).isFalse();
	}

	@Test
	void aCellWithSupplierTypesAppliesToThoseSuppliersOnly() {
		ApplicabilityCell cell = new ApplicabilityCell("D01", ContractKind.OUTSOURCING, false, Set.of(),
				Set.of(SupplierType.SOFTWARE_DEVELOPMENT));

		assertThat(cell.applies(Set.of(SupplierType.SOFTWARE_DEVELOPMENT), Set.of())).isTrue();
		assertThat(cell.applies(Set.of(SupplierType.LOGISTICS), Set.of(AccessKind.PROCESS))).isFalse();
	}

	@Test
	void noAccessIsNotAKindOfAccess() {
		ApplicabilityCell cell = new ApplicabilityCell("N01", ContractKind.OTHER, false,
				Set.of(AccessKind.NONE, AccessKind.VIEW), Set.of());

		assertThat(cell.accessKinds()).containsExactly(AccessKind.VIEW);
		assertThat(cell.applies(Set.of(), Set.of(AccessKind.NONE))).isFalse();
	}

	@Test
	void anEmptyCellNeverApplies() {
		ApplicabilityCell cell = new ApplicabilityCell("R01", ContractKind.NDA, false, null, null);

		assertThat(cell.never()).isTrue();
		assertThat(cell.applies(Set.of(SupplierType.values()), Set.of(AccessKind.values()))).isFalse();
	}

}
