package jp.itaku.contract;

import java.util.UUID;

/** A contract's details changed (its kind may have changed too). */
public record ContractChanged(UUID contractId, UUID contractorId, ContractKind kind, String changes,
		String actor) implements ContractEvent {

	@Override
	public String action() {
		return "CHANGED";
	}

}
