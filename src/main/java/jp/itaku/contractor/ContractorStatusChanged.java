package jp.itaku.contractor;

import jp.itaku.shared.AuditableEvent;

/**
 * A contractor moved along its life cycle.
 */
public record ContractorStatusChanged(ContractorId contractorId, ContractorStatus from, ContractorStatus to,
		String actor, String reason) implements AuditableEvent {

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
		return "STATUS_CHANGED";
	}

	@Override
	public String changes() {
		String change = "status: " + this.from + " → " + this.to;
		return (this.reason == null || this.reason.isBlank()) ? change : change + " (" + this.reason + ")";
	}

}
