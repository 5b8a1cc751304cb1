package jp.itaku.contractor;

import jp.itaku.shared.ConflictException;

/**
 * A status change the contractor life cycle does not allow.
 */
public class IllegalContractorTransition extends ConflictException {

	private final ContractorStatus from;

	private final ContractorStatus to;

	IllegalContractorTransition(ContractorStatus from, ContractorStatus to) {
		super("a contractor cannot move from " + from + " to " + to, "contractor.error.transition");
		this.from = from;
		this.to = to;
	}

	public ContractorStatus from() {
		return this.from;
	}

	public ContractorStatus to() {
		return this.to;
	}

}
