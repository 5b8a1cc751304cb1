package jp.itaku.corrective;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not take this step: only the assignee starts and marks an action done,
 * and whoever marked it done may not verify it (API 403).
 */
public class NotAllowedToAct extends AccessDeniedException {

	private final String messageKey;

	NotAllowedToAct(String message, String messageKey) {
		super(message);
		this.messageKey = messageKey;
	}

	/** The message bundle key of what to tell the user. */
	public String messageKey() {
		return this.messageKey;
	}

}
