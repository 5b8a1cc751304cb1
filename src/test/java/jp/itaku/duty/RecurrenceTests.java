package jp.itaku.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jp.itaku.duty.Recurrence.Basis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecurrenceTests {

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	/**
	 * Completes each occurrence on its due date and collects the due dates that follow.
	 */
	private static LocalDate[] dueDates(Recurrence recurrence, LocalDate anchor, int count) {
		LocalDate[] dates = new LocalDate[count];
		LocalDate due = recurrence.firstDue(anchor);
		for (int i = 0; i < count; i++) {
			dates[i] = due;
			due = recurrence.next(anchor, due, due).orElseThrow();
		}
		return dates;
	}

	@Test
	void monthlyFromTheThirtyFirstKeepsToTheMonthEnd() {
		Recurrence monthly = Recurrence.every(1, ChronoUnit.MONTHS, Basis.DUE_DATE);
		assertThat(dueDates(monthly, date("2026-01-31"), 5)).containsExactly(date("2026-01-31"), date("2026-02-28"),
				date("2026-03-31"), date("2026-04-30"), date("2026-05-31"));
	}

	@Test
	void monthlyFromTheThirtyFirstReachesTheTwentyNinthInALeapYear() {
		Recurrence monthly = Recurrence.every(1, ChronoUnit.MONTHS, Basis.DUE_DATE);
		assertThat(dueDates(monthly, date("2028-01-31"), 2)).containsExactly(date("2028-01-31"), date("2028-02-29"));
	}

	@Test
	void everyTwelveMonthsFromALeapDayReturnsToTheLeapDayInTheNextLeapYear() {
		Recurrence yearly = Recurrence.every(12, ChronoUnit.MONTHS, Basis.DUE_DATE);
		assertThat(dueDates(yearly, date("2024-02-29"), 5)).containsExactly(date("2024-02-29"), date("2025-02-28"),
				date("2026-02-28"), date("2027-02-28"), date("2028-02-29"));
	}

	@Test
	void yearlyCountedFromCompletionFollowsTheCompletionDate() {
		Recurrence yearly = Recurrence.every(1, ChronoUnit.YEARS, Basis.COMPLETION);
		assertThat(yearly.next(date("2024-02-29"), date("2024-02-29"), date("2024-03-10")))
			.contains(date("2025-03-10"));
	}

	@Test
	void yearlyFromCompletionOnALeapDayFallsOnTheTwentyEighth() {
		Recurrence yearly = Recurrence.every(1, ChronoUnit.YEARS, Basis.COMPLETION);
		assertThat(yearly.next(date("2024-01-01"), date("2024-03-01"), date("2024-02-29")))
			.contains(date("2025-02-28"));
	}

	@Test
	void anEarlyCompletionKeepsTheFixedSequenceOfDueDates() {
		Recurrence yearly = Recurrence.every(1, ChronoUnit.YEARS, Basis.DUE_DATE);
		assertThat(yearly.next(date("2025-03-31"), date("2026-03-31"), date("2026-01-15")))
			.contains(date("2027-03-31"));
	}

	@Test
	void aLateCompletionLeavesNoBacklogOfPastOccurrences() {
		Recurrence yearly = Recurrence.every(1, ChronoUnit.YEARS, Basis.DUE_DATE);
		assertThat(yearly.next(date("2024-03-31"), date("2025-03-31"), date("2026-04-05")))
			.contains(date("2027-03-31"));
	}

	@Test
	void thirtyDaysBeforeTheNoticeDeadlineFallsDueOnceBeforeIt() {
		Recurrence before = Recurrence.before(30, ChronoUnit.DAYS);
		assertThat(before.firstDue(date("2026-03-31"))).isEqualTo(date("2026-03-01"));
		assertThat(before.next(date("2026-03-31"), date("2026-03-01"), date("2026-03-01"))).isEmpty();
	}

	@Test
	void oneMonthBeforeTheThirtyFirstOfMarchIsTheLastDayOfFebruary() {
		assertThat(Recurrence.before(1, ChronoUnit.MONTHS).firstDue(date("2026-03-31"))).isEqualTo(date("2026-02-28"));
	}

	@Test
	void aOneOffDutyFallsDueOnItsDateAndDoesNotRecur() {
		Recurrence once = Recurrence.once();
		assertThat(once.firstDue(date("2026-11-30"))).isEqualTo(date("2026-11-30"));
		assertThat(once.next(date("2026-11-30"), date("2026-11-30"), date("2026-11-30"))).isEmpty();
	}

	@Test
	void refusesAnIntervalOfHours() {
		assertThatIllegalArgumentException().isThrownBy(() -> Recurrence.every(1, ChronoUnit.HOURS, Basis.DUE_DATE));
	}

	@Test
	void refusesAnIntervalOfZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> Recurrence.every(0, ChronoUnit.MONTHS, Basis.DUE_DATE));
	}

}
