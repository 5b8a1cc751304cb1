package jp.itaku.approval;

import java.util.ArrayList;
import java.util.List;

import jp.itaku.shared.InvalidInputException.FieldProblem;

/**
 * What a module puts before the committee: the subject it refers to and a frozen snapshot
 * (text or JSON) of what is to be decided. A later change to the subject needs a new
 * request.
 *
 * @param type the kind of subject, e.g. {@code regulation-revision},
 * {@code subcontracting}
 * @param id the subject's identifier in its module
 * @param title a short title for lists
 * @param summary what the committee should know, optional
 * @param snapshot what exactly is decided
 */
public record ApprovalSubject(String type, String id, String title, String summary, String snapshot) {

	/**
	 * What is missing or too long; empty when the subject can be put before the
	 * committee.
	 */
	List<FieldProblem> problems(int maxSnapshot, int maxSummary) {
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "subjectType", this.type, 60);
		check(problems, "subjectId", this.id, 100);
		check(problems, "title", this.title, 200);
		check(problems, "snapshot", this.snapshot, maxSnapshot);
		if (this.summary != null && this.summary.length() > maxSummary) {
			problems.add(new FieldProblem("summary", "approval.error.too-long", new Object[] { maxSummary }));
		}
		return problems;
	}

	private static void check(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			problems.add(new FieldProblem(field, "approval.error.required", new Object[] { max }));
		}
	}

}
