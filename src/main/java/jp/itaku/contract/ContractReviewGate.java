package jp.itaku.contract;

import java.util.List;
import java.util.UUID;

/**
 * Implemented as a bean by a module whose records must be settled before a contract may
 * be marked reviewed (確認済, 規程 4.3(1) MGT-01): the clause checklist refuses while a
 * required item is missing or partial and not resolved. The contract module asks every
 * gate before it records a review, so it never depends on those modules.
 */
public interface ContractReviewGate {

	/**
	 * What stands in the way of marking the contract reviewed.
	 * @param contractId the contract
	 * @return one human-readable reason per open point (already localised for the
	 * caller), empty when this gate allows the review
	 */
	List<String> openPoints(UUID contractId);

}
