package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

/** The input checks of recording a session and its attendance. */
final class TrainingChecks {

	static final int MAX_TITLE = 200;

	static final int MAX_TRAINER = 100;

	static final int MAX_SUMMARY = 4000;

	static final int MAX_ATTENDEES = 500;

	private TrainingChecks() {
	}

	/**
	 * Refuses a session without kind, title, day or trainer, with a text too long, held
	 * in the future, or attended by someone who is not one of {@code isAudience}.
	 */
	static void session(TrainingInput input, LocalDate today, Predicate<String> isAudience) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.kind() == null) {
			problems.add(new FieldProblem("kind", "awareness.error.required"));
		}
		text(problems, "title", input.title(), MAX_TITLE, true);
		text(problems, "trainer", input.trainer(), MAX_TRAINER, true);
		text(problems, "summary", input.summary(), MAX_SUMMARY, false);
		if (input.heldOn() == null) {
			problems.add(new FieldProblem("heldOn", "awareness.error.required"));
		}
		else if (input.heldOn().isAfter(today)) {
			// a session is recorded once held; one planned is a duty, not a record
			problems.add(new FieldProblem("heldOn", "awareness.error.heldOn.future"));
		}
		problems.addAll(attendees(input.attendees(), isAudience));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The problems with a list of attendees: too many, or not internal accounts. */
	static List<FieldProblem> attendees(List<String> usernames, Predicate<String> isAccount) {
		if (usernames.size() > MAX_ATTENDEES) {
			return List
				.of(new FieldProblem("attendees", "awareness.error.attendees.tooMany", new Object[] { MAX_ATTENDEES }));
		}
		List<String> unknown = usernames.stream().filter(isAccount.negate()).distinct().toList();
		return unknown.isEmpty() ? List.of() : List.of(new FieldProblem("attendees",
				"awareness.error.attendees.unknown", new Object[] { String.join(", ", unknown) }));
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "awareness.error.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "awareness.error.tooLong", new Object[] { max }));
		}
	}

}
