package jp.itaku.awareness;

import java.time.LocalDate;

/**
 * Where one person stands with one kind of training.
 *
 * @param lastTrainedOn the day of the latest session they attended, or null
 * @param validUntil the last day it counts, or null
 */
public record PersonStanding(String username, String displayName, LocalDate lastTrainedOn, LocalDate validUntil,
		State state) {

	/** How a person stands. */
	public enum State {

		/** 受講済 */
		CURRENT,
		/** 期限間近 */
		LAPSING,
		/** 期限切れ */
		LAPSED,
		/** 未受講 */
		NEVER;

		/** Whether the person must be trained now. */
		public boolean untrained() {
			return this == LAPSED || this == NEVER;
		}

	}

	/**
	 * The standing of someone last trained on {@code lastTrainedOn} (null: never), on
	 * {@code today}.
	 */
	static PersonStanding of(String username, String displayName, LocalDate lastTrainedOn, LocalDate today,
			AwarenessSettings settings) {
		if (lastTrainedOn == null) {
			return new PersonStanding(username, displayName, null, null, State.NEVER);
		}
		// it counts up to and including its anniversary (29 February: up to 28 February)
		LocalDate validUntil = lastTrainedOn.plusMonths(settings.validMonths());
		State state;
		if (validUntil.isBefore(today)) {
			state = State.LAPSED;
		}
		else if (!validUntil.isAfter(today.plusDays(settings.dueSoonDays()))) {
			state = State.LAPSING;
		}
		else {
			state = State.CURRENT;
		}
		return new PersonStanding(username, displayName, lastTrainedOn, validUntil, state);
	}

}
