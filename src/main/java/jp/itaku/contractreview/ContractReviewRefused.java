package jp.itaku.contractreview;

import java.util.List;
import java.util.UUID;

import jp.itaku.shared.ConflictException;

/**
 * A 確認済 review refused while a review gate reports open points (規程 4.2, 4.3(1): a
 * required clause missing or partial and not resolved); 409 with the points listed.
 */
public class ContractReviewRefused extends ConflictException {

	private final List<String> openPoints;

	ContractReviewRefused(UUID contractId, List<String> openPoints) {
		super("contract " + contractId + " has open points: " + openPoints, "contractreview.error.openPoints");
		this.openPoints = List.copyOf(openPoints);
	}

	/** What stands in the way, one localised line per point. */
	public List<String> openPoints() {
		return this.openPoints;
	}

}
