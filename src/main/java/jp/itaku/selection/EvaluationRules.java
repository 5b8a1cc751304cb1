package jp.itaku.selection;

import java.util.List;

/**
 * The rules that turn scores into a result (規程 4.1(1) SEL-01), applied in this order:
 * <ol>
 * <li>a mandatory criterion scored 0 → 不適合, whatever the total;</li>
 * <li>weighted score (each criterion's score ÷ its scale's maximum × its weight, summed,
 * ÷ the total weight) of at least {@value #PASS_PERCENT}% → 適合;</li>
 * <li>at least {@value #CONDITIONAL_PERCENT}% → 条件付適合;</li>
 * <li>otherwise → 不適合.</li>
 * </ol>
 * Any criterion scored 0 (mandatory or not) is a failed criterion, for which a corrective
 * action is opened.
 */
public final class EvaluationRules {

	/** The weighted score from which an evaluation is 適合. */
	public static final int PASS_PERCENT = 80;

	/** The weighted score from which an evaluation is 条件付適合. */
	public static final int CONDITIONAL_PERCENT = 60;

	private EvaluationRules() {
	}

	/** The outcome of the given scores; no scores at all is 不適合. */
	public static Outcome apply(List<Scored> scores) {
		if (scores.isEmpty()) {
			return new Outcome(EvaluationResult.FAIL, 0, List.of());
		}
		long weights = 0;
		double weighted = 0;
		boolean mandatoryFailed = false;
		for (Scored scored : scores) {
			weights += scored.weight();
			weighted += (double) scored.score() / scored.scale().max() * scored.weight();
			mandatoryFailed |= scored.mandatory() && scored.score() == 0;
		}
		// floor, so that 79.9% never rounds up to a pass
		int percent = (weights == 0) ? 0 : (int) Math.floor(weighted * 100 / weights + 1e-9);
		List<String> failed = scores.stream().filter((scored) -> scored.score() == 0).map(Scored::code).toList();
		EvaluationResult result;
		if (mandatoryFailed) {
			result = EvaluationResult.FAIL;
		}
		else if (percent >= PASS_PERCENT) {
			result = EvaluationResult.PASS;
		}
		else if (percent >= CONDITIONAL_PERCENT) {
			result = EvaluationResult.CONDITIONAL;
		}
		else {
			result = EvaluationResult.FAIL;
		}
		return new Outcome(result, percent, failed);
	}

	/** One criterion's score with what the rules need of the criterion. */
	public record Scored(String code, int weight, ScoringScale scale, boolean mandatory, int score) {

	}

	/**
	 * @param result the result
	 * @param percent the weighted score, 0–100, rounded down
	 * @param failedCodes the codes of the criteria scored 0
	 */
	public record Outcome(EvaluationResult result, int percent, List<String> failedCodes) {

	}

}
