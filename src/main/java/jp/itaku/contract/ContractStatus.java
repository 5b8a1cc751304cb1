package jp.itaku.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a contract stands in its life cycle: 起案 → 締結済 → 更新 → 終了.
 */
public enum ContractStatus {

	/** 起案 */
	DRAFT,
	/** 締結済 */
	CONCLUDED,
	/** 更新 */
	RENEWED,
	/** 終了 */
	ENDED;

	/** The statuses a contract may move to from this one. */
	public Set<ContractStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(CONCLUDED, ENDED);
			case CONCLUDED -> EnumSet.of(RENEWED, ENDED);
			case RENEWED -> EnumSet.of(RENEWED, ENDED);
			case ENDED -> EnumSet.noneOf(ContractStatus.class);
		};
	}

	public boolean canMoveTo(ContractStatus target) {
		return next().contains(target);
	}

	/** Whether a contract in this status is in effect (締結済 or 更新). */
	public boolean active() {
		return this == CONCLUDED || this == RENEWED;
	}

}
