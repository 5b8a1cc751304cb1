package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The API's request to record a contract review.
 *
 * @param reviewedOn the day of the review (not in the future)
 * @param outcome CONFIRMED (確認済) or ACTION_REQUIRED (要対応, with at least one action)
 * @param summary what was reviewed and found
 * @param actions the corrective actions it opens
 */
record ReviewRequest(@NotNull LocalDate reviewedOn, @NotNull ContractReviewOutcome outcome,
		@NotBlank @Size(max = ContractReviews.MAX_SUMMARY) String summary,
		@Valid @Size(max = ContractReviews.MAX_ACTIONS) List<Action> actions) {

	ReviewInput toInput() {
		List<ReviewInput.ActionInput> inputs = (this.actions != null) ? this.actions.stream()
			.map((action) -> new ReviewInput.ActionInput(action.what(), action.assignee(), action.dueOn()))
			.toList() : List.of();
		return new ReviewInput(this.reviewedOn, this.outcome, this.summary, inputs);
	}

	/**
	 * One action, opened as a corrective action.
	 *
	 * @param what what must be done
	 * @param assignee the username of the internal account that does it
	 * @param dueOn by when, not before the review
	 */
	record Action(@NotBlank @Size(max = ContractReviews.MAX_ACTION_TEXT) String what,
			@NotBlank @Size(max = 100) String assignee, @NotNull LocalDate dueOn) {

	}

}
