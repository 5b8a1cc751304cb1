package jp.itaku.shared;

/**
 * A change refused because the record changed meanwhile (optimistic locking) or is in a
 * state that forbids it. The API answers 409; screens show a conflict message and keep
 * what the user typed.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	public ConflictException(String message, String messageKey) {
		super(message);
		this.messageKey = messageKey;
	}

	/** The message bundle key of what to tell the user. */
	public String messageKey() {
		return this.messageKey;
	}

}
