package jp.itaku.corrective;

/**
 * Where a corrective action (是正処置) stands: 未着手 → 対応中 → 完了 → 検証済. A failed verification
 * sends a done action back to {@link #IN_PROGRESS}.
 */
public enum CorrectiveActionStatus {

	/** Opened, not yet started. */
	OPEN,

	/** The assignee is working on it. */
	IN_PROGRESS,

	/** The assignee says it is done; awaiting verification by someone else. */
	DONE,

	/** Verified by someone other than who did it: closed. */
	VERIFIED;

	/** Whether the action still needs work or verification. */
	public boolean isOpen() {
		return this != VERIFIED;
	}

}
