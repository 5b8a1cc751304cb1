package jp.itaku.subcontracting;

/**
 * Where a subcontracting request (再委託承認申請) stands. The committee decides it (審議中 → 承認 /
 * 差戻し / 却下, or the requester withdraws it); only an approved request becomes an active
 * link of the chain (規程 4.2(3)① R01), and an active link ends when the subcontracting
 * stops.
 */
public enum SubcontractingStatus {

	/** 審議中: before the committee. */
	UNDER_REVIEW,
	/** 差戻し: back with the requester, who amends and resubmits it or withdraws it. */
	SENT_BACK,
	/** 却下. */
	REJECTED,
	/** 取下げ. */
	WITHDRAWN,
	/** 承認: approved, not yet recorded as active. */
	APPROVED,
	/** 再委託中: an active link of the chain. */
	ACTIVE,
	/** 終了: the subcontracting has ended. */
	ENDED;

	/** Whether the committee has still to decide (審議中 or 差戻し). */
	public boolean open() {
		return this == UNDER_REVIEW || this == SENT_BACK;
	}

	/** Whether the committee approved it (承認, 再委託中 or 終了). */
	public boolean approved() {
		return this == APPROVED || this == ACTIVE || this == ENDED;
	}

}
