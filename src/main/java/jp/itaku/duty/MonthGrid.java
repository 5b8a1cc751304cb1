package jp.itaku.duty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month laid out in weeks from Sunday to Saturday, as Japanese wall calendars are, with
 * each day's duties.
 *
 * @param month the month shown
 * @param weeks its weeks, each of seven days, padded with days of the months around it
 */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

	static MonthGrid of(YearMonth month, List<DutySummary> duties) {
		Map<LocalDate, List<DutySummary>> byDay = duties.stream().collect(Collectors.groupingBy(DutySummary::dueOn));
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate start = first; !start.isAfter(last); start = start.plusWeeks(1)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate date = start.plusDays(i);
				week.add(new Day(date, YearMonth.from(date).equals(month), byDay.getOrDefault(date, List.of())));
			}
			weeks.add(List.copyOf(week));
		}
		return new MonthGrid(month, List.copyOf(weeks));
	}

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}

	/**
	 * One day of the grid.
	 *
	 * @param date the date
	 * @param inMonth whether it belongs to the month shown
	 * @param duties the open duties due that day
	 */
	record Day(LocalDate date, boolean inMonth, List<DutySummary> duties) {

	}

}
