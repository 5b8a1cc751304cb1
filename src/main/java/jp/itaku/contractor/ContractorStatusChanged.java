package jp.itaku.contractor;

/**
 * A contractor moved along its life cycle.
 */
public record ContractorStatusChanged(ContractorId contractorId, ContractorStatus from, ContractorStatus to,
		String actor, String reason) implements ContractorEvent {

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
