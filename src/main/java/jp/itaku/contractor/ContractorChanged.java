package jp.itaku.contractor;

import jp.itaku.shared.AuditableEvent;

/**
 * A contractor's details were changed.
 */
public record ContractorChanged(ContractorId contractorId, String actor, String changes) implements AuditableEvent {

	@Override
	public String recordType() {
		return "contractor";
	}

	@Override
	public String recordId() {
		return this.contractorId.toString();
	}

	@Override
	public String action() {
		return "UPDATED";
	}

}
