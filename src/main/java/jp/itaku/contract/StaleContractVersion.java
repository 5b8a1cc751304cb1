package jp.itaku.contract;

import java.util.UUID;

import jp.itaku.shared.ConflictException;

/** The contract changed since the caller read it (409, optimistic locking). */
public class StaleContractVersion extends ConflictException {

	StaleContractVersion(UUID id, long expected, long actual) {
		super("contract " + id + " is at version " + actual + ", not " + expected, "contract.error.conflict");
	}

}
