package jp.itaku.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The term arithmetic of a contract: when the running term ends and the last day to give
 * notice (解約予告の最終日) before it, so that a renewal is stopped in time (規程 4.2, 4.3(1): the
 * contract is reviewed before it renews itself).
 * <p>
 * Conventions, the same for renewals and notice periods:
 * <ul>
 * <li>The first term ends on {@code endOn}. With automatic renewal (自動更新) the n-th
 * renewed term ends {@code n × renewalMonths} months after {@code endOn}: every end is
 * counted from the original end date, never from the previous renewal, so a short month
 * does not shorten every later term (end 2024-02-29, 12 months: 2025-02-28, 2026-02-28,
 * 2027-02-28, 2028-02-29).</li>
 * <li>Month arithmetic is month-end aware: a date that is the last day of its month maps
 * to the last day of the target month (01-31 + 1 month = 02-28 or 02-29; 04-30 + 1 month
 * = 05-31; 03-31 − 1 month = 02-28 or 02-29; 04-30 − 1 month = 03-31). Any other day
 * keeps its day of month, clipped to the length of a shorter month (01-30 + 1 month =
 * 02-28 or 02-29).</li>
 * <li>The running term is the first whose end is on or after {@code today}: on the day a
 * term ends that term still runs; the next day the renewed term runs. Without automatic
 * renewal the only term is the first, even after it has ended.</li>
 * <li>The notice deadline is the running term's end minus the notice period: in months
 * when {@code noticeMonths} is given (0 means notice may be given up to the last day of
 * the term), else in days. Without a notice period or without an end date there is no
 * deadline.</li>
 * </ul>
 *
 * @param endOn the end of the first term, null for a contract without an end
 * @param autoRenewal whether the contract renews itself
 * @param renewalMonths the length of a renewed term in months (with automatic renewal)
 * @param noticeMonths the notice period in months, or null
 * @param noticeDays the notice period in days, used when no months are given, or null
 */
public record ContractTerms(LocalDate endOn, boolean autoRenewal, Integer renewalMonths, Integer noticeMonths,
		Integer noticeDays) {

	static ContractTerms of(ContractDetails details) {
		return new ContractTerms(details.endOn(), details.autoRenewal(), details.renewalMonths(),
				details.noticeMonths(), details.noticeDays());
	}

	/**
	 * The end of the term running on the given day.
	 * @param today the day asked about
	 * @return the end of the first term whose end is on or after {@code today} (the first
	 * term without automatic renewal), or null for a contract without an end
	 */
	public LocalDate termEndOn(LocalDate today) {
		if (this.endOn == null) {
			return null;
		}
		if (!renews() || !this.endOn.isBefore(today)) {
			return this.endOn;
		}
		// jump close to the running term, then step; the estimate is at most one term off
		long monthsPast = ChronoUnit.MONTHS.between(YearMonth.from(this.endOn), YearMonth.from(today));
		long renewals = Math.max(0, monthsPast / this.renewalMonths - 1);
		LocalDate end = renewalEnd(renewals);
		while (end.isBefore(today)) {
			renewals++;
			end = renewalEnd(renewals);
		}
		return end;
	}

	/**
	 * The last day to give notice before the term running on the given day ends.
	 * @param today the day asked about
	 * @return the deadline, or null without an end date or a notice period
	 */
	public LocalDate noticeDeadline(LocalDate today) {
		return noticeDeadlineBefore(termEndOn(today));
	}

	/**
	 * The last day to give notice before a term that ends on the given day.
	 * @param termEnd the end of a term, may be null
	 * @return the deadline, or null when {@code termEnd} is null or there is no notice
	 * period
	 */
	public LocalDate noticeDeadlineBefore(LocalDate termEnd) {
		if (termEnd == null) {
			return null;
		}
		if (this.noticeMonths != null) {
			return plusMonthsMonthEndAware(termEnd, -this.noticeMonths);
		}
		if (this.noticeDays != null) {
			return termEnd.minusDays(this.noticeDays);
		}
		return null;
	}

	/** Whether the contract renews itself: automatic renewal with a renewal period. */
	public boolean renews() {
		return this.autoRenewal && this.endOn != null && this.renewalMonths != null && this.renewalMonths > 0;
	}

	private LocalDate renewalEnd(long renewals) {
		return plusMonthsMonthEndAware(this.endOn, renewals * this.renewalMonths);
	}

	/**
	 * Adds months so that the last day of a month stays the last day of a month.
	 * @param date the date to move
	 * @param months how many months, negative to go back
	 * @return the moved date
	 */
	static LocalDate plusMonthsMonthEndAware(LocalDate date, long months) {
		LocalDate moved = date.plusMonths(months);
		if (date.getDayOfMonth() == date.lengthOfMonth()) {
			return moved.withDayOfMonth(moved.lengthOfMonth());
		}
		return moved;
	}

}
