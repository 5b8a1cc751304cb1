package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * A contract review was recorded (契約見直し, 規程 4.3(1) MGT-01); the audit trail keeps it.
 *
 * @param reviewId the review
 * @param contractId the contract reviewed
 * @param contractorId the contractor the contract is with
 * @param outcome 確認済 or 要対応
 * @param reviewedOn the day of the review
 * @param changes what was recorded, human readable
 * @param actor who recorded it
 */
public record ContractReviewRecorded(UUID reviewId, UUID contractId, UUID contractorId, ContractReviewOutcome outcome,
		LocalDate reviewedOn, String changes, String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "contract-review";
	}

	@Override
	public String recordId() {
		return this.reviewId.toString();
	}

	@Override
	public String action() {
		return "RECORDED";
	}

}
