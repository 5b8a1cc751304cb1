package jp.itaku.contractreview;

import java.util.List;
import java.util.UUID;

/**
 * A contract's reviews as the API answers them.
 *
 * @param contractId the contract
 * @param standing where it stands with its reviews today
 * @param openPoints what the review gates report against 確認済, empty when nothing
 * @param reviews its reviews, the latest first
 */
record ContractReviewHistory(UUID contractId, ContractReviewStanding standing, List<String> openPoints,
		List<ContractReviewView> reviews) {

}
