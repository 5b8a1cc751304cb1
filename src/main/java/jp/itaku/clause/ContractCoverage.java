package jp.itaku.clause;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Tells the contract module a contract's clause coverage after every checklist change, so
 * that its list filters on coverage gaps.
 */
@Component
class ContractCoverage {

	void report(UUID contractId, int applicable, int present, int unresolved) {
		// wired to Contracts.recordCoverage once the contract module offers it
	}

}
