package jp.itaku.contractor;

import jp.itaku.shared.AuditableEvent;

/**
 * A contractor was entered in the register.
 */
public record ContractorRegistered(ContractorId contractorId, String name, String actor,
		String changes) implements AuditableEvent {

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
		return "CREATED";
	}

}
