package jp.itaku.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * When a duty falls due, from its anchor date: once on the anchor itself, every N days,
 * months or years (counted from the previous due date or from the last completion), or
 * once N days or months before the anchor (e.g. 30 days before a notice deadline).
 * <p>
 * Dates are computed with {@code java.time}: counting from the anchor rather than from
 * the previous due date keeps month ends and leap days where they belong (monthly from
 * 01-31 gives 02-28, 03-31, 04-30; yearly from 2024-02-29 gives 2025-02-28 and again
 * 2028-02-29).
 *
 * @param kind once, every, or before the anchor
 * @param amount how many units (0 for {@link Kind#ONCE})
 * @param unit days, weeks, months or years ({@code null} for {@link Kind#ONCE})
 * @param basis what a recurring duty counts from ({@code null} unless {@link Kind#EVERY})
 */
public record Recurrence(Kind kind, int amount, ChronoUnit unit, Basis basis) {

	private static final Set<ChronoUnit> UNITS = Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS,
			ChronoUnit.YEARS);

	/** A safety bound: no anchor lies further back than this many periods. */
	private static final int MAX_PERIODS = 100_000;

	public Recurrence {
		if (kind == null) {
			throw new IllegalArgumentException("a recurrence needs a kind");
		}
		if (kind == Kind.ONCE) {
			amount = 0;
			unit = null;
			basis = null;
		}
		else {
			DutyChecks.range("amount", amount, 1, 1000);
			if (!UNITS.contains(unit)) {
				throw new IllegalArgumentException("unit must be days, weeks, months or years: " + unit);
			}
			basis = (kind == Kind.EVERY) ? ((basis != null) ? basis : Basis.DUE_DATE) : null;
		}
	}

	/** Once, on the anchor date. */
	public static Recurrence once() {
		return new Recurrence(Kind.ONCE, 0, null, null);
	}

	/** Every {@code amount} units, counted as {@code basis} says. */
	public static Recurrence every(int amount, ChronoUnit unit, Basis basis) {
		return new Recurrence(Kind.EVERY, amount, unit, basis);
	}

	/** Once, {@code amount} units before the anchor date. */
	public static Recurrence before(int amount, ChronoUnit unit) {
		return new Recurrence(Kind.BEFORE_ANCHOR, amount, unit, null);
	}

	/** Whether completing an occurrence schedules another. */
	public boolean recurs() {
		return this.kind == Kind.EVERY;
	}

	/** The due date of the first occurrence. */
	public LocalDate firstDue(LocalDate anchor) {
		return (this.kind == Kind.BEFORE_ANCHOR) ? anchor.minus(this.amount, this.unit) : anchor;
	}

	/**
	 * The due date of the occurrence after one due on {@code previousDue} and completed
	 * on {@code completedOn}; empty when the duty does not recur. A late completion does
	 * not leave a backlog of past occurrences: the next one falls after the completion.
	 */
	public Optional<LocalDate> next(LocalDate anchor, LocalDate previousDue, LocalDate completedOn) {
		if (!recurs()) {
			return Optional.empty();
		}
		if (this.basis == Basis.COMPLETION) {
			return Optional.of(completedOn.plus(this.amount, this.unit));
		}
		LocalDate after = previousDue.isAfter(completedOn) ? previousDue : completedOn;
		for (long k = 1; k <= MAX_PERIODS; k++) {
			LocalDate due = anchor.plus(k * this.amount, this.unit);
			if (due.isAfter(after)) {
				return Optional.of(due);
			}
		}
		throw new IllegalStateException("anchor " + anchor + " lies too far back for " + this);
	}

	/** What a recurrence is. */
	public enum Kind {

		ONCE, EVERY, BEFORE_ANCHOR

	}

	/** What a recurring duty counts from. */
	public enum Basis {

		/** The fixed sequence of due dates from the anchor (e.g. every 31 March). */
		DUE_DATE,
		/** The day the previous occurrence was completed. */
		COMPLETION

	}

}
