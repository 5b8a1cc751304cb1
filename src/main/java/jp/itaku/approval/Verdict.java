package jp.itaku.approval;

/**
 * What one committee member decides on a request.
 */
public enum Verdict {

	APPROVE, REJECT, SEND_BACK;

	/** A refusal or a send-back must say why, so that the requester can act on it. */
	boolean needsComment() {
		return this != APPROVE;
	}

}
