package jp.itaku.contractor;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a contractor: 候補 → 選定済 → 契約中 → 停止 → 終了.
 */
public enum ContractorStatus {

	/** 候補 */
	CANDIDATE,
	/** 選定済 */
	SELECTED,
	/** 契約中 */
	CONTRACTED,
	/** 停止 */
	SUSPENDED,
	/** 終了 */
	TERMINATED;

	public Set<ContractorStatus> next() {
		return switch (this) {
			case CANDIDATE -> EnumSet.of(SELECTED, TERMINATED);
			case SELECTED -> EnumSet.of(CONTRACTED, CANDIDATE, TERMINATED);
			case CONTRACTED -> EnumSet.of(SUSPENDED, TERMINATED);
			case SUSPENDED -> EnumSet.of(CONTRACTED, TERMINATED);
			case TERMINATED -> EnumSet.noneOf(ContractorStatus.class);
		};
	}

	public boolean canMoveTo(ContractorStatus target) {
		return next().contains(target);
	}

}
