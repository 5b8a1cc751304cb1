package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer records (the input of {@link ContractReviews#record}).
 *
 * @param reviewedOn the day of the review, not in the future nor before the contract's
 * start
 * @param outcome 確認済 or 要対応 (the latter with at least one action)
 * @param summary what was reviewed and found (at most
 * {@value ContractReviews#MAX_SUMMARY} characters)
 * @param actions the corrective actions the review opens (at most
 * {@value ContractReviews#MAX_ACTIONS})
 */
public record ReviewInput(LocalDate reviewedOn, ContractReviewOutcome outcome, String summary,
		List<ActionInput> actions) {

	public ReviewInput {
		actions = (actions != null) ? List.copyOf(actions) : List.of();
	}

	/**
	 * One action a review leads to, opened as a corrective action (是正処置).
	 *
	 * @param what what must be done
	 * @param assignee the username of the internal account that does it
	 * @param dueOn by when, not before the review
	 */
	public record ActionInput(String what, String assignee, LocalDate dueOn) {

	}

}
