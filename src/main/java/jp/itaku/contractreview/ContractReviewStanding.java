package jp.itaku.contractreview;

import java.time.LocalDate;

/**
 * Where a contract stands with its reviews today (規程 4.3(1) MGT-01).
 *
 * @param active whether the contract is in effect and so due for review
 * @param lastConfirmedOn the day of its last 確認済 review, or {@code null}
 * @param reviewDueOn when the periodic review is due
 * @param noticeDeadline the last day to give notice, or {@code null}
 * @param noticeReviewDueOn when the pre-deadline review is due, or {@code null}
 * @param noticeReviewed whether a confirmed review already holds it
 * @param nextDueOn the earliest review still to be held
 * @param state on track, due soon or overdue today
 */
public record ContractReviewStanding(boolean active, LocalDate lastConfirmedOn, LocalDate reviewDueOn,
		LocalDate noticeDeadline, LocalDate noticeReviewDueOn, boolean noticeReviewed, LocalDate nextDueOn,
		State state) {

	/** The window before the due date in which a review counts as due soon (期限間近). */
	public static final int DUE_SOON_DAYS = 30;

	static ContractReviewStanding of(ReviewStanding standing, LocalDate today) {
		return new ContractReviewStanding(standing.isActive(), standing.getLastConfirmedOn(), standing.getReviewDueOn(),
				standing.getNoticeDeadline(), standing.getNoticeReviewDueOn(), standing.isNoticeReviewed(),
				standing.getNextDueOn(), stateOf(standing, today));
	}

	static State stateOf(ReviewStanding standing, LocalDate today) {
		if (!standing.isActive()) {
			return State.INACTIVE;
		}
		if (standing.getNextDueOn().isBefore(today)) {
			return State.OVERDUE;
		}
		return standing.getNextDueOn().isAfter(today.plusDays(DUE_SOON_DAYS)) ? State.ON_TRACK : State.DUE_SOON;
	}

	/** How a contract's next review stands today. */
	public enum State {

		/** 予定どおり */
		ON_TRACK,
		/** 期限間近: due within {@value ContractReviewStanding#DUE_SOON_DAYS} days */
		DUE_SOON,
		/** 期限超過 */
		OVERDUE,
		/** not in effect: no review is due */
		INACTIVE

	}

}
