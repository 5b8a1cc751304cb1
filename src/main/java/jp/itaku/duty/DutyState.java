package jp.itaku.duty;

/** Whether a series still has an open occurrence. */
enum DutyState {

	OPEN, DONE, CANCELLED

}
