package jp.itaku.selection;

import java.time.LocalDate;

import jp.itaku.contractor.RiskTier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReEvaluationsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	@Test
	void defaultIntervalsAreTwelveTwentyFourAndThirtySixMonthsByTier() {
		SelectionSettings settings = new SelectionSettings(12, 12, 24, 36);
		assertThat(settings.reEvaluationMonths(RiskTier.TIER_1)).isEqualTo(12);
		assertThat(settings.reEvaluationMonths(RiskTier.TIER_2)).isEqualTo(24);
		assertThat(settings.reEvaluationMonths(RiskTier.TIER_3)).isEqualTo(36);
	}

	@Test
	void refusesAnIntervalUnderOneMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SelectionSettings(12, 0, 24, 36));
	}

	@Test
	void aDueDateInThePastIsOverdue() {
		assertThat(ReEvaluations.state(TODAY.minusDays(1), 1, 1, TODAY)).isEqualTo(ReEvaluationState.OVERDUE);
	}

	@Test
	void aDueDateWithinThirtyDaysIsDueSoon() {
		assertThat(ReEvaluations.state(TODAY, 1, 1, TODAY)).isEqualTo(ReEvaluationState.DUE_SOON);
		assertThat(ReEvaluations.state(TODAY.plusDays(30), 1, 1, TODAY)).isEqualTo(ReEvaluationState.DUE_SOON);
		assertThat(ReEvaluations.state(TODAY.plusDays(31), 1, 1, TODAY)).isEqualTo(ReEvaluationState.ON_TIME);
	}

	@Test
	void anEvaluationUnderAnOlderVersionThanTheOneInForceNeedsReEvaluation() {
		assertThat(ReEvaluations.state(TODAY.plusMonths(6), 1, 2, TODAY))
			.isEqualTo(ReEvaluationState.OUTDATED_CRITERIA);
	}

}
