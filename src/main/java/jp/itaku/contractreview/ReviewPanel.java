package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.List;

import jp.itaku.contract.ContractSummary;

/**
 * What the 契約見直し section of a contract page shows.
 *
 * @param contract the contract
 * @param standing where it stands with its reviews today
 * @param history its reviews, the latest first
 * @param openPoints what the review gates report against 確認済, empty when nothing
 * @param reviewable whether the contract is in effect and so may be reviewed
 * @param today today, the review form's default date
 */
record ReviewPanel(ContractSummary contract, ContractReviewStanding standing, List<ContractReviewView> history,
		List<String> openPoints, boolean reviewable, LocalDate today) {

	/** The review now in force: the latest recorded. */
	public ContractReviewView latest() {
		return this.history.isEmpty() ? null : this.history.get(0);
	}

	/** The form as it first shows: today's date, nothing else filled in. */
	public ReviewForm emptyForm() {
		return ReviewForm.empty(this.today);
	}

}
