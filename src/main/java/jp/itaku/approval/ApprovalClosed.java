package jp.itaku.approval;

import jp.itaku.shared.ConflictException;

/**
 * The request is not in a state that allows this: already decided, already decided by
 * this member in this round, or not sent back (API 409).
 */
public class ApprovalClosed extends ConflictException {

	ApprovalClosed(String message, String messageKey) {
		super(message, messageKey);
	}

}
