package jp.itaku.selection;

import java.time.LocalDate;

import jp.itaku.corrective.CorrectionSource;
import jp.itaku.corrective.CorrectiveActions;

import org.springframework.stereotype.Component;

/**
 * Opens the corrective actions (是正処置) an evaluation calls for (規程 4.1(1) SEL-04:
 * 不具合があれば是正処置を施す): one per failed criterion, and one for a conditional pass that failed
 * no criterion (the evaluator's conclusion states the condition). Each is due
 * {@value #DAYS_TO_CORRECT} days after the evaluation is recorded.
 */
@Component
class EvaluationCorrections {

	static final int DAYS_TO_CORRECT = 90;

	static final String SOURCE_TYPE = "selection-evaluation";

	private final CorrectiveActions actions;

	EvaluationCorrections(CorrectiveActions actions) {
		this.actions = actions;
	}

	void open(EvaluationView evaluation, String assignee, LocalDate today) {
		CorrectionSource source = new CorrectionSource(SOURCE_TYPE, evaluation.id().toString(), "SEL-04",
				"/selection/evaluations/" + evaluation.id());
		LocalDate due = today.plusDays(DAYS_TO_CORRECT);
		boolean anyFailed = false;
		for (ScoreView score : evaluation.scores()) {
			if (score.failed()) {
				anyFailed = true;
				this.actions.open(source, evaluation.contractorId(), clip(score.code() + ": " + score.description()),
						assignee, due);
			}
		}
		if (!anyFailed && evaluation.result() == EvaluationResult.CONDITIONAL) {
			this.actions.open(source, evaluation.contractorId(), clip(evaluation.conclusion()), assignee, due);
		}
	}

	private static String clip(String text) {
		return (text.length() > CorrectiveActions.MAX_TEXT) ? text.substring(0, CorrectiveActions.MAX_TEXT) : text;
	}

}
