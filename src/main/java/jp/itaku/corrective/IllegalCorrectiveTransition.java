package jp.itaku.corrective;

import jp.itaku.shared.ConflictException;

/**
 * The corrective action is not in a state that allows the step asked for (e.g. verifying
 * an action nobody marked done), or it changed since the caller read it (optimistic
 * locking). The API answers 409.
 */
public class IllegalCorrectiveTransition extends ConflictException {

	IllegalCorrectiveTransition(String message, String messageKey) {
		super(message, messageKey);
	}

}
