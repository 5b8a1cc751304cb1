package jp.itaku.contract;

import java.util.UUID;

/** A contract moved along its life cycle (起案 → 締結済 → 更新 → 終了). */
public record ContractStatusChanged(UUID contractId, UUID contractorId, ContractStatus from, ContractStatus to,
		String changes, String actor) implements ContractEvent {

	@Override
	public String action() {
		return "STATUS_CHANGED";
	}

}
