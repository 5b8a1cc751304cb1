package jp.itaku.duty;

/** What a line of a duty's history records. */
public enum DutyAction {

	COMPLETED, CANCELLED, REOPENED

}
