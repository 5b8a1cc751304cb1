package jp.itaku.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo contracts file: the agreed numbers, every kind, every life-cycle stage. */
class DemoContractsFileTests {

	private final List<DemoRow> rows = DemoContracts.read();

	@Test
	void holdsExactlyTheAgreedContractNumbers() {
		assertThat(this.rows).extracting((row) -> row.required("number"))
			.containsExactly("IT-2024-001", "IT-2025-002", "IT-2023-003", "IT-2023-004", "IT-2024-005", "IT-2025-006",
					"IT-2026-007", "IT-2022-008", "IT-2025-009", "IT-2024-010");
	}

	@Test
	void everyKindAppears() {
		Set<ContractKind> kinds = EnumSet.noneOf(ContractKind.class);
		this.rows.forEach((row) -> kinds.add(row.enumValue("kind", ContractKind.class)));
		assertThat(kinds).containsExactlyInAnyOrder(ContractKind.values());
	}

	@Test
	void everyStatusIsReached() {
		Set<ContractStatus> reached = EnumSet.noneOf(ContractStatus.class);
		for (DemoRow row : this.rows) {
			List<ContractStatus> path = row.enumList("statusPath", ">", ContractStatus.class);
			reached.add(path.isEmpty() ? ContractStatus.DRAFT : path.get(path.size() - 1));
		}
		assertThat(reached).containsExactlyInAnyOrder(ContractStatus.values());
	}

	@Test
	void theAmendmentChangesAnEarlierContractOfTheSameContractor() {
		DemoRow amendment = this.rows.stream().filter((row) -> row.text("amends") != null).findFirst().orElseThrow();
		DemoRow original = this.rows.stream()
			.filter((row) -> row.required("number").equals(amendment.text("amends")))
			.findFirst()
			.orElseThrow();
		assertThat(amendment.required("number")).isEqualTo("IT-2025-009");
		assertThat(original.required("contractor")).isEqualTo(amendment.required("contractor"));
	}

}
