package jp.itaku.selection;

import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluator enters: the date (empty: today; never in the future), a score with
 * evidence for each criterion that applies to the contractor, and the conclusion.
 */
public record EvaluationInput(LocalDate evaluatedOn, List<ScoreInput> scores, String conclusion) {

	public static final int MAX_TEXT = 2000;

	public EvaluationInput {
		scores = (scores != null) ? List.copyOf(scores) : List.of();
		conclusion = (conclusion != null) ? conclusion.strip() : "";
	}

	/** One criterion's score (by its code) with the evidence that supports it. */
	public record ScoreInput(String code, Integer score, String evidence) {

		public ScoreInput {
			evidence = (evidence == null || evidence.isBlank()) ? null : evidence.strip();
		}

	}

}
