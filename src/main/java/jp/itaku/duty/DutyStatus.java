package jp.itaku.duty;

/**
 * Where a duty stands today: 予定 (planned), 期限間近 (due soon), 期限超過 (overdue, after the due
 * date and its grace period), 完了 (done) or 取消 (cancelled, kept as a trace).
 */
public enum DutyStatus {

	PLANNED, DUE_SOON, OVERDUE, DONE, CANCELLED

}
