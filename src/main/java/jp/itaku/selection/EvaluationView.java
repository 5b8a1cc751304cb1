package jp.itaku.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation as read: who evaluated when, under which criteria version, each score,
 * the weighted score, the result and the evaluator's conclusion.
 */
public record EvaluationView(UUID id, UUID contractorId, UUID criteriaVersionId, int criteriaNumber, String evaluator,
		LocalDate evaluatedOn, EvaluationResult result, int scorePercent, String conclusion, List<ScoreView> scores) {

}
