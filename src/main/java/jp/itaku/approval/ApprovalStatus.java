package jp.itaku.approval;

/**
 * Where a request stands: 審議中 → 承認 | 否決 | 差戻し | 引戻し.
 */
public enum ApprovalStatus {

	PENDING, APPROVED, REJECTED, SENT_BACK, WITHDRAWN;

	/** Approved, rejected and withdrawn requests take no further action. */
	boolean isFinal() {
		return this == APPROVED || this == REJECTED || this == WITHDRAWN;
	}

}
