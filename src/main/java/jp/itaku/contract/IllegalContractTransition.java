package jp.itaku.contract;

import java.util.UUID;

import jp.itaku.shared.ConflictException;

/** The life cycle (起案 → 締結済 → 更新 → 終了) does not allow the move (409). */
public class IllegalContractTransition extends ConflictException {

	IllegalContractTransition(UUID id, ContractStatus from, ContractStatus to) {
		super("contract " + id + " cannot move from " + from + " to " + to, "contract.error.transition");
	}

}
