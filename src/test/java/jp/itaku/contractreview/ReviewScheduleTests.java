package jp.itaku.contractreview;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a contract is due for review (規程 4.3(1) MGT-01): every review period from the last
 * confirmed review or the start, and before each notice deadline.
 */
class ReviewScheduleTests {

	private static final ReviewSettings YEARLY = new ReviewSettings(12, 30);

	private static final LocalDate START = LocalDate.of(2025, 4, 1);

	@Test
	void aContractNeverConfirmedIsDueOneReviewPeriodAfterItsStart() {
		ReviewSchedule schedule = ReviewSchedule.of(START, null, null, YEARLY);

		assertThat(schedule.reviewDueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(schedule.nextDueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void theNextPeriodicReviewCountsFromTheLastConfirmedReview() {
		ReviewSchedule schedule = ReviewSchedule.of(START, null, LocalDate.of(2026, 2, 10), YEARLY);

		assertThat(schedule.reviewDueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
	}

	@Test
	void theReviewPeriodIsConfigurable() {
		ReviewSchedule schedule = ReviewSchedule.of(START, null, null, new ReviewSettings(6, 30));

		assertThat(schedule.reviewDueOn()).isEqualTo(LocalDate.of(2025, 10, 1));
	}

	@Test
	void thePreDeadlineReviewFallsTheSetDaysBeforeTheNoticeDeadline() {
		ReviewSchedule schedule = ReviewSchedule.of(START, LocalDate.of(2025, 12, 31), null, YEARLY);

		assertThat(schedule.noticeReviewDueOn()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(schedule.noticeReviewed()).isFalse();
	}

	@Test
	void anOpenPreDeadlineReviewComesFirstWhenItFallsBeforeThePeriodicOne() {
		ReviewSchedule schedule = ReviewSchedule.of(START, LocalDate.of(2025, 12, 31), null, YEARLY);

		assertThat(schedule.nextDueOn()).isEqualTo(LocalDate.of(2025, 12, 1));
	}

	@Test
	void aConfirmedReviewInTheRunUpToTheDeadlineHoldsThePreDeadlineReview() {
		ReviewSchedule schedule = ReviewSchedule.of(START, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 11, 5),
				YEARLY);

		assertThat(schedule.noticeReviewed()).isTrue();
		assertThat(schedule.nextDueOn()).isEqualTo(LocalDate.of(2026, 11, 5));
	}

	@Test
	void aConfirmedReviewLongBeforeTheDeadlineDoesNotHoldThePreDeadlineReview() {
		ReviewSchedule schedule = ReviewSchedule.of(START, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 5, 1),
				YEARLY);

		assertThat(schedule.noticeReviewed()).isFalse();
		assertThat(schedule.nextDueOn()).isEqualTo(LocalDate.of(2025, 12, 1));
	}

	@Test
	void withoutDaysBeforeTheDeadlineThePreDeadlineReviewFallsOnTheDeadline() {
		ReviewSchedule schedule = ReviewSchedule.of(START, LocalDate.of(2025, 12, 31), null, new ReviewSettings(12, 0));

		assertThat(schedule.noticeReviewDueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

}
