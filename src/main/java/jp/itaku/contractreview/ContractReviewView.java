package jp.itaku.contractreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.corrective.CorrectiveActionSummary;

/**
 * A recorded contract review with the live status of the actions it led to.
 *
 * @param id the review
 * @param contractId the contract reviewed
 * @param contractorId the contractor the contract is with
 * @param contractorName its name, or {@code null} where it is not shown
 * @param contractNumber the contract's number when reviewed
 * @param contractTitle the contract's title when reviewed
 * @param reviewedOn the day of the review
 * @param reviewer who recorded it
 * @param outcome 確認済 or 要対応
 * @param summary what was reviewed and found
 * @param recordedAt when it was recorded
 * @param actions the corrective actions it opened, oldest first, with their status today
 */
public record ContractReviewView(UUID id, UUID contractId, UUID contractorId, String contractorName,
		String contractNumber, String contractTitle, LocalDate reviewedOn, String reviewer,
		ContractReviewOutcome outcome, String summary, Instant recordedAt, List<CorrectiveActionSummary> actions) {

	/** How many of its actions are not yet verified. */
	public long openActions() {
		return this.actions.stream()
			.filter((action) -> action.status() != jp.itaku.corrective.CorrectiveActionStatus.VERIFIED)
			.count();
	}

}
