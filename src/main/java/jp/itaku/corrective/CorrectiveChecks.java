package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

/** The input checks of opening an action and of the notes given with its steps. */
final class CorrectiveChecks {

	private CorrectiveChecks() {
	}

	/**
	 * The note or reason given with a step, stripped; refused past
	 * {@link #CorrectiveActions.MAX_TEXT}.
	 */
	static String note(String field, String note, boolean required) {
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (required && text == null) {
			throw new InvalidInputException(
					List.of(new FieldProblem(field, "corrective.error." + field + ".required")));
		}
		if (text != null && text.length() > CorrectiveActions.MAX_TEXT) {
			throw new InvalidInputException(List
				.of(new FieldProblem(field, "corrective.error.tooLong", new Object[] { CorrectiveActions.MAX_TEXT })));
		}
		return text;
	}

	static void opening(String what, String assignee, LocalDate dueOn) {
		List<FieldProblem> problems = new ArrayList<>();
		if (what == null || what.isBlank()) {
			problems.add(new FieldProblem("what", "corrective.error.what.required"));
		}
		else if (what.strip().length() > CorrectiveActions.MAX_TEXT) {
			problems
				.add(new FieldProblem("what", "corrective.error.tooLong", new Object[] { CorrectiveActions.MAX_TEXT }));
		}
		if (assignee == null || assignee.isBlank() || assignee.strip().length() > 100) {
			problems.add(new FieldProblem("assignee", "corrective.error.assignee.required"));
		}
		if (dueOn == null) {
			problems.add(new FieldProblem("dueOn", "corrective.error.dueOn.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
