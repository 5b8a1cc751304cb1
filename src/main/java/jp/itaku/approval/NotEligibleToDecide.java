package jp.itaku.approval;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not act on this request: not a committee member, or the requester
 * deciding their own request (API 403).
 */
public class NotEligibleToDecide extends AccessDeniedException {

	private final String messageKey;

	NotEligibleToDecide(String message, String messageKey) {
		super(message);
		this.messageKey = messageKey;
	}

	/** The message bundle key of what to tell the user. */
	public String messageKey() {
		return this.messageKey;
	}

}
