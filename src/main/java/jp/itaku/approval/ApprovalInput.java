package jp.itaku.approval;

import java.util.List;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

/**
 * What a decision or a resubmission must carry before the request is even read, so that
 * bad input changes nothing and says which field is wrong.
 */
final class ApprovalInput {

	static final int MAX_COMMENT = 2000;

	static final int MAX_SNAPSHOT = 20000;

	private ApprovalInput() {
	}

	/**
	 * The comment as recorded (stripped, {@code null} when blank).
	 * @throws InvalidInputException without a decision, or when a refusal or send-back
	 * gives no reason, or the comment is too long
	 */
	static String comment(Verdict verdict, String comment) {
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (verdict == null) {
			throw new InvalidInputException(List.of(new FieldProblem("decision", "approval.error.decision")));
		}
		if ((verdict.needsComment() && text == null) || (text != null && text.length() > MAX_COMMENT)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("comment", "approval.error.comment", new Object[] { MAX_COMMENT })));
		}
		return text;
	}

	/**
	 * The snapshot to decide on.
	 * @throws InvalidInputException when it is blank or too long
	 */
	static String snapshot(String snapshot) {
		if (snapshot == null || snapshot.isBlank() || snapshot.length() > MAX_SNAPSHOT) {
			throw new InvalidInputException(
					List.of(new FieldProblem("snapshot", "approval.error.snapshot", new Object[] { MAX_SNAPSHOT })));
		}
		return snapshot;
	}

}
