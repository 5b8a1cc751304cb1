package jp.itaku.selection;

/**
 * Where a criteria version stands: drafted, before the committee, sent back for changes,
 * approved (in force from its effective date), rejected or withdrawn.
 */
public enum CriteriaStatus {

	DRAFT, UNDER_REVIEW, SENT_BACK, APPROVED, REJECTED, WITHDRAWN;

	/** Whether the draft's criteria may still be edited. */
	public boolean editable() {
		return this == DRAFT || this == SENT_BACK;
	}

}
