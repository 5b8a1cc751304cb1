package jp.itaku.clause;

import java.util.UUID;

import jp.itaku.contract.Contracts;

import org.springframework.stereotype.Component;

/**
 * Tells the contract module a contract's clause coverage after every checklist change, so
 * that its list filters on coverage gaps. The contract module counts as unresolved every
 * applicable item that still needs something: not reviewed, or absent or partial and not
 * resolved.
 */
@Component
class ContractCoverage {

	private final Contracts contracts;

	ContractCoverage(Contracts contracts) {
		this.contracts = contracts;
	}

	void report(UUID contractId, int applicable, int present, int open) {
		this.contracts.recordCoverage(contractId, applicable, present, open);
	}

}
