package jp.itaku.duty;

import java.time.LocalDate;

/**
 * One occurrence's dates: due on {@code due}, 期限間近 from {@code dueSoonFrom}, 期限超過 after
 * {@code overdueAfter} (the due date plus its grace period). The status follows from
 * today's date alone, so that a query can select by status with plain date comparisons.
 *
 * @param due the due date
 * @param dueSoonFrom the first day the occurrence counts as due soon
 * @param overdueAfter the last day before it counts as overdue
 */
record DueDates(LocalDate due, LocalDate dueSoonFrom, LocalDate overdueAfter) {

	static DueDates of(LocalDate due, int graceDays, int dueSoonDays) {
		return new DueDates(due, due.minusDays(dueSoonDays), due.plusDays(graceDays));
	}

	/** The status of an open occurrence on {@code today}. */
	DutyStatus statusOn(LocalDate today) {
		if (today.isAfter(this.overdueAfter)) {
			return DutyStatus.OVERDUE;
		}
		if (!today.isBefore(this.dueSoonFrom)) {
			return DutyStatus.DUE_SOON;
		}
		return DutyStatus.PLANNED;
	}

}
