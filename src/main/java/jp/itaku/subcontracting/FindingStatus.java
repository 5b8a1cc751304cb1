package jp.itaku.subcontracting;

/** Whether a finding of unapproved subcontracting is still open (未対応) or closed (完了). */
public enum FindingStatus {

	OPEN, CLOSED

}
