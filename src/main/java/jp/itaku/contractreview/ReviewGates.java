package jp.itaku.contractreview;

import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractReviewGate;

/**
 * The review gate (規程 4.2, 4.3(1)): a review may conclude 確認済 only while no
 * {@link ContractReviewGate} reports an open point; 要対応 is always allowed, since it is
 * how the open points are taken up.
 */
class ReviewGates {

	private final List<ContractReviewGate> gates;

	ReviewGates(List<ContractReviewGate> gates) {
		this.gates = List.copyOf(gates);
	}

	/** Every gate's open points, in the gates' order. */
	List<String> openPoints(UUID contractId) {
		return this.gates.stream().flatMap((gate) -> gate.openPoints(contractId).stream()).toList();
	}

	/**
	 * @throws ContractReviewRefused if the outcome is 確認済 and a gate reports open points
	 */
	void check(UUID contractId, ContractReviewOutcome outcome) {
		if (outcome != ContractReviewOutcome.CONFIRMED) {
			return;
		}
		List<String> open = openPoints(contractId);
		if (!open.isEmpty()) {
			throw new ContractReviewRefused(contractId, open);
		}
	}

}
