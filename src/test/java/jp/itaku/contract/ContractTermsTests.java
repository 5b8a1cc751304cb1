package jp.itaku.contract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTermsTests {

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	private static ContractTerms renewing(String endOn, int renewalMonths) {
		return new ContractTerms(day(endOn), true, renewalMonths, null, null);
	}

	private static ContractTerms fixed(String endOn, Integer noticeMonths, Integer noticeDays) {
		return new ContractTerms(day(endOn), false, null, noticeMonths, noticeDays);
	}

	@Test
	void firstTermEndsOnTheEndDate() {
		assertThat(renewing("2026-03-31", 12).termEndOn(day("2026-01-10"))).isEqualTo(day("2026-03-31"));
	}

	@Test
	void termStillRunsOnTheDayItEnds() {
		assertThat(renewing("2026-03-31", 12).termEndOn(day("2026-03-31"))).isEqualTo(day("2026-03-31"));
	}

	@Test
	void renewedTermRunsFromTheDayAfterTheEnd() {
		assertThat(renewing("2026-03-31", 12).termEndOn(day("2026-04-01"))).isEqualTo(day("2027-03-31"));
	}

	@Test
	void leapDayEndRenewsToTheEndOfFebruaryEveryYearAndBackToTheLeapDay() {
		ContractTerms terms = renewing("2024-02-29", 12);
		assertThat(terms.termEndOn(day("2024-03-01"))).isEqualTo(day("2025-02-28"));
		assertThat(terms.termEndOn(day("2025-03-01"))).isEqualTo(day("2026-02-28"));
		assertThat(terms.termEndOn(day("2026-03-01"))).isEqualTo(day("2027-02-28"));
		assertThat(terms.termEndOn(day("2027-03-01"))).isEqualTo(day("2028-02-29"));
	}

	@Test
	void monthlyRenewalOfAMonthEndKeepsTheMonthEnd() {
		ContractTerms terms = renewing("2024-01-31", 1);
		assertThat(terms.termEndOn(day("2024-02-01"))).isEqualTo(day("2024-02-29"));
		assertThat(terms.termEndOn(day("2024-03-01"))).isEqualTo(day("2024-03-31"));
		assertThat(terms.termEndOn(day("2024-04-15"))).isEqualTo(day("2024-04-30"));
		assertThat(terms.termEndOn(day("2024-05-01"))).isEqualTo(day("2024-05-31"));
	}

	@Test
	void monthlyRenewalInACommonYearEndsOnTheTwentyEighth() {
		assertThat(renewing("2025-01-31", 1).termEndOn(day("2025-02-10"))).isEqualTo(day("2025-02-28"));
	}

	@Test
	void renewalOfAMidMonthEndKeepsItsDayOfMonth() {
		ContractTerms terms = renewing("2024-01-30", 1);
		assertThat(terms.termEndOn(day("2024-02-10"))).isEqualTo(day("2024-02-29"));
		assertThat(terms.termEndOn(day("2024-03-01"))).isEqualTo(day("2024-03-30"));
	}

	@Test
	void longRenewalChainsFindTheRunningTerm() {
		ContractTerms monthly = renewing("2000-01-31", 1);
		assertThat(monthly.termEndOn(day("2026-11-26"))).isEqualTo(day("2026-11-30"));
		assertThat(monthly.termEndOn(day("2026-12-01"))).isEqualTo(day("2026-12-31"));
		ContractTerms yearly = renewing("2001-06-15", 12);
		assertThat(yearly.termEndOn(day("2026-06-15"))).isEqualTo(day("2026-06-15"));
		assertThat(yearly.termEndOn(day("2026-06-16"))).isEqualTo(day("2027-06-15"));
	}

	@Test
	void renewalPeriodsLongerThanAYearAreCountedFromTheOriginalEnd() {
		ContractTerms terms = renewing("2020-02-29", 36);
		assertThat(terms.termEndOn(day("2023-03-01"))).isEqualTo(day("2026-02-28"));
		assertThat(terms.termEndOn(day("2026-03-01"))).isEqualTo(day("2029-02-28"));
	}

	@Test
	void withoutAutomaticRenewalTheTermEndsOnTheEndDateEvenAfterwards() {
		assertThat(fixed("2025-03-31", 1, null).termEndOn(day("2026-11-26"))).isEqualTo(day("2025-03-31"));
	}

	@Test
	void autoRenewalWithoutARenewalPeriodDoesNotRenew() {
		ContractTerms terms = new ContractTerms(day("2025-03-31"), true, null, 1, null);
		assertThat(terms.termEndOn(day("2026-11-26"))).isEqualTo(day("2025-03-31"));
	}

	@Test
	void noEndDateMeansNoTermEndAndNoDeadline() {
		ContractTerms terms = new ContractTerms(null, false, null, 3, null);
		assertThat(terms.termEndOn(day("2026-11-26"))).isNull();
		assertThat(terms.noticeDeadline(day("2026-11-26"))).isNull();
	}

	@Test
	void noticeInMonthsBeforeAMarchEndIsTheEndOfFebruary() {
		assertThat(fixed("2026-03-31", 1, null).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2026-02-28"));
		assertThat(fixed("2028-03-31", 1, null).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2028-02-29"));
	}

	@Test
	void noticeInMonthsBeforeAnAprilEndIsTheEndOfMarch() {
		assertThat(fixed("2026-04-30", 1, null).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2026-03-31"));
	}

	@Test
	void noticeInMonthsBeforeAMidMonthEndKeepsTheDay() {
		assertThat(fixed("2026-06-15", 3, null).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2026-03-15"));
	}

	@Test
	void noticeInDaysCountsCalendarDaysBack() {
		assertThat(fixed("2028-03-31", null, 30).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2028-03-01"));
		assertThat(fixed("2026-03-15", null, 30).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2026-02-13"));
	}

	@Test
	void monthsTakePrecedenceOverDays() {
		assertThat(fixed("2026-06-30", 2, 10).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2026-04-30"));
	}

	@Test
	void zeroNoticeMonthsAllowNoticeUntilTheLastDayOfTheTerm() {
		assertThat(fixed("2026-06-30", 0, null).noticeDeadline(day("2026-01-01"))).isEqualTo(day("2026-06-30"));
	}

	@Test
	void withoutANoticePeriodThereIsNoDeadline() {
		assertThat(fixed("2026-06-30", null, null).noticeDeadline(day("2026-01-01"))).isNull();
	}

	@Test
	void noticeDeadlineFollowsTheRunningRenewedTerm() {
		ContractTerms terms = new ContractTerms(day("2024-02-29"), true, 12, 3, null);
		assertThat(terms.noticeDeadline(day("2026-01-10"))).isEqualTo(day("2025-11-30"));
		assertThat(terms.noticeDeadline(day("2027-03-01"))).isEqualTo(day("2027-11-30"));
	}

	@Test
	void noticeDeadlineMayAlreadyHavePassedWhileTheTermRuns() {
		ContractTerms terms = new ContractTerms(day("2026-12-31"), true, 12, 3, null);
		assertThat(terms.termEndOn(day("2026-11-26"))).isEqualTo(day("2026-12-31"));
		assertThat(terms.noticeDeadline(day("2026-11-26"))).isEqualTo(day("2026-09-30"));
	}

}
