package jp.itaku.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

/**
 * A draft criteria version as edited: its title, the date it should take effect (empty:
 * on approval) and its criteria, in order.
 */
public record CriteriaDraft(String title, LocalDate effectiveOn, List<CriterionInput> criteria) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_CRITERIA = 200;

	public CriteriaDraft {
		title = (title != null) ? title.strip() : "";
		criteria = (criteria != null) ? List.copyOf(criteria) : List.of();
	}

	/**
	 * Refuses a draft with no or an over-long title, too many criteria, a bad criterion,
	 * a code used twice or an effective date in the past.
	 */
	void check(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.title.isEmpty() || this.title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "selection.validation.title", new Object[] { MAX_TITLE }));
		}
		if (this.effectiveOn != null && this.effectiveOn.isBefore(today)) {
			problems.add(new FieldProblem("effectiveOn", "selection.validation.effectiveOn"));
		}
		if (this.criteria.size() > MAX_CRITERIA) {
			problems.add(new FieldProblem("criteria", "selection.validation.tooMany", new Object[] { MAX_CRITERIA }));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < this.criteria.size(); i++) {
			CriterionInput criterion = this.criteria.get(i);
			problems.addAll(criterion.problems(i));
			if (!criterion.code().isEmpty() && !codes.add(criterion.code())) {
				problems.add(new FieldProblem("criteria[" + i + "].code", "selection.validation.codeTwice"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
