package jp.itaku.contractor;

/**
 * A contractor's details were changed.
 */
public record ContractorChanged(ContractorId contractorId, String actor, String changes) implements ContractorEvent {

	@Override
	public String action() {
		return "UPDATED";
	}

}
