package jp.itaku.regulation;

/**
 * Where a change request (変更申請, 規程 9 REV-02) stands in the committee's deliberation.
 */
public enum ChangeRequestStatus {

	/** Before the committee (審議中). */
	UNDER_REVIEW,
	/** Sent back to the requester to amend and resubmit (差戻し). */
	SENT_BACK,
	/** Approved and recorded as a new version (承認・改訂済). */
	ADOPTED,
	/** Refused by the committee (却下). */
	REJECTED,
	/** Withdrawn by the requester (取下げ). */
	WITHDRAWN;

	/** Whether the requester may still withdraw it. */
	boolean isOpen() {
		return this == UNDER_REVIEW || this == SENT_BACK;
	}

}
