package jp.itaku.demo;

import java.util.List;

import jp.itaku.contractreview.ContractReviewOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo contract reviews (MGT-01) as agreed for the demo: two contracts confirmed
 * three months ago, one reviewed fourteen months ago with an action still to do.
 */
class DemoContractReviewsFileTests {

	private final List<DemoRow> rows = DemoContractReviews.read();

	@Test
	void twoContractsWithCompleteChecklistsWereConfirmedThreeMonthsAgo() {
		assertThat(this.rows)
			.filteredOn(
					(row) -> row.enumValue("outcome", ContractReviewOutcome.class) == ContractReviewOutcome.CONFIRMED)
			.extracting((row) -> row.text("contract") + "@" + row.text("monthsAgo"))
			.containsExactlyInAnyOrder("IT-2024-005@3", "IT-2023-004@3");
	}

	@Test
	void theMaintenanceContractWithGapsWasReviewedFourteenMonthsAgoAndLedToAnAction() {
		assertThat(this.rows).filteredOn((row) -> "IT-2025-006".equals(row.text("contract")))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.enumValue("outcome", ContractReviewOutcome.class))
					.isEqualTo(ContractReviewOutcome.ACTION_REQUIRED);
				assertThat(row.text("monthsAgo")).isEqualTo("14");
				assertThat(row.text("action")).contains("R01");
				assertThat(row.text("assignee")).isNotBlank();
			});
	}

	@Test
	void reviewersAndAssigneesAreDemoUsersOfTheOrganisation() {
		List<String> users = DemoUsers.read().stream().map(DemoUsers.DemoUser::username).toList();

		assertThat(this.rows).allSatisfy((row) -> {
			assertThat(users).contains(row.text("reviewer"));
			if (row.text("assignee") != null) {
				assertThat(users).contains(row.text("assignee"));
			}
		});
	}

}
