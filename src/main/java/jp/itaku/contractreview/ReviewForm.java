package jp.itaku.contractreview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The review form as typed: kept as text so that a wrong date comes back with what the
 * user typed and a message beside it. The actions are parallel lists, one entry per row;
 * a row left blank is no action.
 */
record ReviewForm(String reviewedOn, String outcome, String summary, List<String> actionWhat,
		List<String> actionAssignee, List<String> actionDueOn) {

	/** The rows the form offers for actions. */
	static final int ACTION_ROWS = 3;

	ReviewForm {
		actionWhat = padded(actionWhat);
		actionAssignee = padded(actionAssignee);
		actionDueOn = padded(actionDueOn);
	}

	static ReviewForm empty(LocalDate today) {
		return new ReviewForm(today.toString(), null, null, null, null, null);
	}

	/**
	 * The input for the facade; a date that does not parse is reported in
	 * {@code badDates} by its field name (rows numbered as on the form) and passed on as
	 * missing; {@code rows} receives the form row of each action passed on.
	 */
	ReviewInput toInput(List<String> badDates, List<Integer> rows) {
		List<ReviewInput.ActionInput> actions = new ArrayList<>();
		for (int i = 0; i < this.actionWhat.size(); i++) {
			String what = this.actionWhat.get(i);
			String assignee = this.actionAssignee.get(i);
			String due = this.actionDueOn.get(i);
			if (blank(what) && blank(assignee) && blank(due)) {
				continue;
			}
			rows.add(i);
			String field = "actions[" + i + "].dueOn";
			actions.add(new ReviewInput.ActionInput(what, assignee, date(due, field, badDates)));
		}
		return new ReviewInput(date(this.reviewedOn, "reviewedOn", badDates), parsedOutcome(), this.summary, actions);
	}

	private ContractReviewOutcome parsedOutcome() {
		try {
			return blank(this.outcome) ? null : ContractReviewOutcome.valueOf(this.outcome);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String text, String field, List<String> badDates) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			badDates.add(field);
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static List<String> padded(List<String> values) {
		List<String> rows = new ArrayList<>((values != null) ? values : List.of());
		while (rows.size() < ACTION_ROWS) {
			rows.add("");
		}
		return rows;
	}

}
