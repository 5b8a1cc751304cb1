package jp.itaku.selection;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationRulesTests {

	@Test
	void fullMarksPass() {
		EvaluationRules.Outcome outcome = EvaluationRules
			.apply(List.of(scored("C01", 10, true, 3), scored("C02", 10, false, 3)));
		assertThat(outcome.result()).isEqualTo(EvaluationResult.PASS);
		assertThat(outcome.percent()).isEqualTo(100);
	}

	@Test
	void aFailedMandatoryCriterionFailsWhateverTheScore() {
		EvaluationRules.Outcome outcome = EvaluationRules
			.apply(List.of(scored("C01", 1, true, 0), scored("C02", 99, false, 3)));
		assertThat(outcome.percent()).isEqualTo(99);
		assertThat(outcome.result()).isEqualTo(EvaluationResult.FAIL);
	}

	@Test
	void eightyPercentIsThePassMark() {
		// 80 of 100 weight passed: exactly on the mark
		EvaluationRules.Outcome outcome = EvaluationRules
			.apply(List.of(new EvaluationRules.Scored("C01", 80, ScoringScale.PASS_FAIL, false, 1),
					new EvaluationRules.Scored("C02", 20, ScoringScale.PASS_FAIL, false, 0)));
		assertThat(outcome.percent()).isEqualTo(80);
		assertThat(outcome.result()).isEqualTo(EvaluationResult.PASS);
	}

	@Test
	void justUnderEightyPercentIsAConditionalPass() {
		EvaluationRules.Outcome outcome = EvaluationRules
			.apply(List.of(new EvaluationRules.Scored("C01", 79, ScoringScale.PASS_FAIL, false, 1),
					new EvaluationRules.Scored("C02", 21, ScoringScale.PASS_FAIL, false, 0)));
		assertThat(outcome.result()).isEqualTo(EvaluationResult.CONDITIONAL);
	}

	@Test
	void sixtyPercentIsTheConditionalMarkAndLessFails() {
		assertThat(EvaluationRules.apply(List.of(scored("C01", 60, false, 3), scored("C02", 40, false, 0))).result())
			.isEqualTo(EvaluationResult.CONDITIONAL);
		assertThat(EvaluationRules.apply(List.of(scored("C01", 59, false, 3), scored("C02", 41, false, 0))).result())
			.isEqualTo(EvaluationResult.FAIL);
	}

	@Test
	void scoresWeighByTheirScaleMaximum() {
		// 2 of 3 on weight 30 and pass on weight 10: (20 + 10) / 40 = 75%
		EvaluationRules.Outcome outcome = EvaluationRules.apply(List.of(scored("C01", 30, false, 2),
				new EvaluationRules.Scored("C02", 10, ScoringScale.PASS_FAIL, true, 1)));
		assertThat(outcome.percent()).isEqualTo(75);
		assertThat(outcome.result()).isEqualTo(EvaluationResult.CONDITIONAL);
	}

	@Test
	void listsEveryCriterionScoredZeroAsFailed() {
		EvaluationRules.Outcome outcome = EvaluationRules
			.apply(List.of(scored("C01", 10, false, 0), scored("C02", 10, false, 3), scored("C03", 10, false, 0)));
		assertThat(outcome.failedCodes()).containsExactly("C01", "C03");
	}

	@Test
	void noScoresAtAllFail() {
		assertThat(EvaluationRules.apply(List.of()).result()).isEqualTo(EvaluationResult.FAIL);
	}

	@Test
	void onlyAFailIsNotPassing() {
		assertThat(EvaluationResult.PASS.passing()).isTrue();
		assertThat(EvaluationResult.CONDITIONAL.passing()).isTrue();
		assertThat(EvaluationResult.FAIL.passing()).isFalse();
	}

	private static EvaluationRules.Scored scored(String code, int weight, boolean mandatory, int score) {
		return new EvaluationRules.Scored(code, weight, ScoringScale.ZERO_TO_THREE, mandatory, score);
	}

}
