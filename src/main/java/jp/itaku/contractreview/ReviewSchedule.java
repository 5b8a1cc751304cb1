package jp.itaku.contractreview;

import java.time.LocalDate;

/**
 * When a contract is next due for review (規程 4.3(1) MGT-01), from its start, its notice
 * deadline and its last 確認済 review: the periodic review falls due
 * {@link ReviewSettings#reviewMonths()} after the last confirmed review, or after the
 * start when there was none; the pre-deadline review falls due
 * {@link ReviewSettings#reviewBeforeNoticeDays()} before the notice deadline and is held
 * by a confirmed review in its run-up (from {@link #NOTICE_WINDOW_DAYS} days before its
 * due date on), not by one a year earlier.
 *
 * @param reviewDueOn when the periodic review is due
 * @param noticeDeadline the last day to give notice, or {@code null} when there is none
 * @param noticeReviewDueOn when the pre-deadline review is due, or {@code null}
 * @param noticeReviewed whether a confirmed review already holds the pre-deadline review
 */
record ReviewSchedule(LocalDate reviewDueOn, LocalDate noticeDeadline, LocalDate noticeReviewDueOn,
		boolean noticeReviewed) {

	/**
	 * How long before its due date a confirmed review counts as the pre-deadline review.
	 */
	static final int NOTICE_WINDOW_DAYS = 30;

	/**
	 * @param startOn the contract's start
	 * @param noticeDeadline its notice deadline, or {@code null}
	 * @param lastConfirmedOn the date of its last 確認済 review, or {@code null}
	 */
	static ReviewSchedule of(LocalDate startOn, LocalDate noticeDeadline, LocalDate lastConfirmedOn,
			ReviewSettings settings) {
		LocalDate base = (lastConfirmedOn != null) ? lastConfirmedOn : startOn;
		LocalDate reviewDue = base.plusMonths(settings.reviewMonths());
		if (noticeDeadline == null) {
			return new ReviewSchedule(reviewDue, null, null, false);
		}
		LocalDate noticeDue = noticeDeadline.minusDays(settings.reviewBeforeNoticeDays());
		boolean held = lastConfirmedOn != null && !lastConfirmedOn.isBefore(noticeDue.minusDays(NOTICE_WINDOW_DAYS));
		return new ReviewSchedule(reviewDue, noticeDeadline, noticeDue, held);
	}

	/** The earliest review still to be held: the one the contract is judged by. */
	LocalDate nextDueOn() {
		if (this.noticeReviewDueOn != null && !this.noticeReviewed
				&& this.noticeReviewDueOn.isBefore(this.reviewDueOn)) {
			return this.noticeReviewDueOn;
		}
		return this.reviewDueOn;
	}

}
