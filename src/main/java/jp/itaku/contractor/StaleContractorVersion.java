package jp.itaku.contractor;

/**
 * Someone else changed the contractor since the caller read it (optimistic locking).
 */
public class StaleContractorVersion extends RuntimeException {

	StaleContractorVersion(ContractorId id, long expected, long actual) {
		super("contractor " + id + " is at version " + actual + ", not " + expected);
	}

}
