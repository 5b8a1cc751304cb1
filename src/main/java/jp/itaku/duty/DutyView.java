package jp.itaku.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One duty with its rule and history, and whether the viewer may complete it.
 *
 * @param duty the duty as lists show it
 * @param recurrence when it falls due
 * @param anchor the date the recurrence counts from
 * @param graceDays days after the due date before it counts as overdue
 * @param dueSoonDays days before the due date from which it counts as due soon
 * @param lastCompletedOn when an occurrence was last completed
 * @param history what happened, oldest first
 * @param canComplete whether the viewer may complete it now
 */
public record DutyView(DutySummary duty, Recurrence recurrence, LocalDate anchor, int graceDays, int dueSoonDays,
		LocalDate lastCompletedOn, List<Entry> history, boolean canComplete) {

	/**
	 * One line of the history.
	 *
	 * @param occurrence the occurrence it concerns
	 * @param action completed, cancelled or reopened
	 * @param dueOn that occurrence's due date
	 * @param actor who did it
	 * @param at when
	 * @param note the note given
	 */
	public record Entry(int occurrence, DutyAction action, LocalDate dueOn, String actor, Instant at, String note) {

	}

}
