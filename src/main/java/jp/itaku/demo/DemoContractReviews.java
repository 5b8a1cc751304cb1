package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractreview.ContractReviewOutcome;
import jp.itaku.contractreview.ContractReviews;
import jp.itaku.contractreview.ReviewInput;
import jp.itaku.identity.Role;

/**
 * Records the demo contract reviews (契約見直し, 規程 4.3(1) MGT-01) of
 * {@code demo/contract-reviews.tsv} on the demo contracts, dated back from the day the
 * demo is loaded: two contracts confirmed three months ago, one reviewed fourteen months
 * ago with an open corrective action, so that MGT-01 and OPS-04 show overdue reviews; the
 * other contracts were never reviewed.
 */
final class DemoContractReviews {

	static final String FILE = "demo/contract-reviews.tsv";

	private final ContractReviews reviews;

	private final Contracts contracts;

	private final Clock clock;

	DemoContractReviews(ContractReviews reviews, Contracts contracts, Clock clock) {
		this.reviews = reviews;
		this.contracts = contracts;
		this.clock = clock;
	}

	static List<DemoRow> read() {
		return DemoTable.read(FILE);
	}

	/**
	 * Records the reviews of the demo contracts.
	 * @param contracts contract number → id, as the demo contracts were loaded
	 * @return how many reviews were recorded
	 */
	int load(Map<String, UUID> contracts) {
		LocalDate today = LocalDate.now(this.clock);
		List<DemoRow> rows = read();
		for (DemoRow row : rows) {
			UUID contractId = contracts.get(row.required("contract"));
			if (contractId == null) {
				throw row.invalid("contract", "no demo contract " + row.text("contract"));
			}
			ContractSummary contract = this.contracts.get(contractId);
			LocalDate reviewedOn = today.minusMonths(Integer.parseInt(row.required("monthsAgo")));
			// a demo contract that started later than the review is reviewed on its start
			if (reviewedOn.isBefore(contract.startOn())) {
				reviewedOn = contract.startOn();
			}
			ContractReviewOutcome outcome = row.enumValue("outcome", ContractReviewOutcome.class);
			List<ReviewInput.ActionInput> actions = (row.text("action") == null) ? List.of()
					: List.of(new ReviewInput.ActionInput(row.required("action"), row.required("assignee"),
							reviewedOn.plusMonths(Integer.parseInt(row.required("actionDueMonths")))));
			ReviewInput input = new ReviewInput(reviewedOn, outcome, row.required("summary"), actions);
			String reviewer = row.required("reviewer");
			DemoActors.as(reviewer, List.of(Role.MEMBER, Role.COMMITTEE), () -> this.reviews.record(contractId, input));
		}
		return rows.size();
	}

}
