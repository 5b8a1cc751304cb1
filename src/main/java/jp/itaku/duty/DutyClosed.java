package jp.itaku.duty;

import jp.itaku.shared.ConflictException;

/**
 * The duty cannot be completed or cancelled: it is already done or cancelled, or it
 * changed since the caller read it (optimistic locking). The API answers 409.
 */
public class DutyClosed extends ConflictException {

	DutyClosed(String message, String messageKey) {
		super(message, messageKey);
	}

}
