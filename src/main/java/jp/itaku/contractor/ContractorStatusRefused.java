package jp.itaku.contractor;

import jp.itaku.shared.ConflictException;

/**
 * A status change a {@link ContractorStatusGuard} refused: the API answers 409 with the
 * guard's localised reason, the screen shows it.
 */
public class ContractorStatusRefused extends ConflictException {

	ContractorStatusRefused(ContractorId id, ContractorStatus to, String messageKey) {
		super("contractor " + id + " may not move to " + to + ": " + messageKey, messageKey);
	}

}
