package jp.itaku.contract;

import java.util.UUID;

/** A contract was recorded (起案). */
public record ContractRegistered(UUID contractId, UUID contractorId, ContractKind kind, String changes,
		String actor) implements ContractEvent {

	@Override
	public String action() {
		return "REGISTERED";
	}

}
