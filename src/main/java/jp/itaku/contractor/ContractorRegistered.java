package jp.itaku.contractor;

/**
 * A contractor was entered in the register.
 */
public record ContractorRegistered(ContractorId contractorId, String name, String actor,
		String changes) implements ContractorEvent {

	@Override
	public String action() {
		return "CREATED";
	}

}
