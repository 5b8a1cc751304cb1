package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.itaku.contract.ContractSummary;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * The input checks of a contract review: every problem is reported at once, each on its
 * field, and nothing is recorded while one remains.
 */
@Component
class ReviewChecks {

	private final UserAccounts accounts;

	ReviewChecks(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @throws InvalidInputException naming each field in error
	 */
	void check(ReviewInput input, ContractSummary contract, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.reviewedOn() == null) {
			problems.add(new FieldProblem("reviewedOn", "contractreview.error.reviewedOn.required"));
		}
		else if (input.reviewedOn().isAfter(today)) {
			problems.add(new FieldProblem("reviewedOn", "contractreview.error.reviewedOn.future"));
		}
		else if (input.reviewedOn().isBefore(contract.startOn())) {
			problems.add(new FieldProblem("reviewedOn", "contractreview.error.reviewedOn.beforeStart",
					new Object[] { contract.startOn().toString() }));
		}
		if (input.outcome() == null) {
			problems.add(new FieldProblem("outcome", "contractreview.error.outcome.required"));
		}
		if (input.summary() == null || input.summary().isBlank()) {
			problems.add(new FieldProblem("summary", "contractreview.error.summary.required"));
		}
		else if (input.summary().strip().length() > ContractReviews.MAX_SUMMARY) {
			problems.add(new FieldProblem("summary", "contractreview.error.tooLong",
					new Object[] { ContractReviews.MAX_SUMMARY }));
		}
		if (input.outcome() == ContractReviewOutcome.ACTION_REQUIRED && input.actions().isEmpty()) {
			problems.add(new FieldProblem("actions", "contractreview.error.actions.required"));
		}
		if (input.actions().size() > ContractReviews.MAX_ACTIONS) {
			problems.add(new FieldProblem("actions", "contractreview.error.actions.tooMany",
					new Object[] { ContractReviews.MAX_ACTIONS }));
		}
		for (int i = 0; i < input.actions().size(); i++) {
			checkAction("actions[" + i + "].", input.actions().get(i), input.reviewedOn(), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void checkAction(String prefix, ReviewInput.ActionInput action, LocalDate reviewedOn,
			List<FieldProblem> problems) {
		if (action.what() == null || action.what().isBlank()) {
			problems.add(new FieldProblem(prefix + "what", "contractreview.error.action.what.required"));
		}
		else if (action.what().strip().length() > ContractReviews.MAX_ACTION_TEXT) {
			problems.add(new FieldProblem(prefix + "what", "contractreview.error.tooLong",
					new Object[] { ContractReviews.MAX_ACTION_TEXT }));
		}
		if (!internal(action.assignee())) {
			problems.add(new FieldProblem(prefix + "assignee", "contractreview.error.action.assignee"));
		}
		if (action.dueOn() == null) {
			problems.add(new FieldProblem(prefix + "dueOn", "contractreview.error.action.dueOn.required"));
		}
		else if (reviewedOn != null && action.dueOn().isBefore(reviewedOn)) {
			problems.add(new FieldProblem(prefix + "dueOn", "contractreview.error.action.dueOn.beforeReview"));
		}
	}

	/** Only the organisation's own accounts carry out a corrective action. */
	private boolean internal(String assignee) {
		if (assignee == null || assignee.isBlank() || assignee.strip().length() > 100) {
			return false;
		}
		return this.accounts.contact(assignee.strip())
			.map((contact) -> contact.roles().stream().anyMatch((role) -> role != Role.CONTRACTOR))
			.orElse(false);
	}

}
