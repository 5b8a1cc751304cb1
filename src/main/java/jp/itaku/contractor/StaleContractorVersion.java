package jp.itaku.contractor;

import jp.itaku.shared.ConflictException;

/**
 * Someone else changed the contractor since the caller read it (optimistic locking).
 */
public class StaleContractorVersion extends ConflictException {

	StaleContractorVersion(ContractorId id, long expected, long actual) {
		super("contractor " + id + " is at version " + actual + ", not " + expected, "error.conflict");
	}

}
