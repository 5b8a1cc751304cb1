package jp.itaku.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A contract as the screens and the API show it: its details, the running term, the
 * notice deadline (解約予告の最終日) with the days left, and the checklist coverage.
 *
 * @param contractorName the contractor's name as registered
 * @param renewalMonths the length of a renewed term (自動更新), or null
 * @param noticeMonths the notice period (解約予告期間) in months, or null
 * @param noticeDays the notice period in days, or null
 * @param termEndOn the end of the running term, or null without an end date
 * @param noticeDeadline the last day to give notice before {@code termEndOn}, or null
 * @param daysToNoticeDeadline days from today to the notice deadline (negative when it
 * has passed), or null
 * @param amendsId the contract this one amends (変更契約), or null
 * @param coverage the required-clause coverage, or null until the checklist exists
 * @param version the version to send back with a change
 */
public record ContractView(UUID id, UUID contractorId, String contractorName, ContractKind kind, String title,
		String number, String counterparty, LocalDate startOn, LocalDate endOn, boolean autoRenewal,
		Integer renewalMonths, Integer noticeMonths, Integer noticeDays, LocalDate termEndOn, LocalDate noticeDeadline,
		Long daysToNoticeDeadline, ContractStatus status, UUID amendsId, ContractCoverage coverage, String createdBy,
		Instant createdAt, Instant updatedAt, long version) {

	/** Whether the contract is in effect (締結済 or 更新). */
	public boolean active() {
		return this.status.active();
	}

	/** Whether this contract is an amendment (変更契約) of another. */
	public boolean amendment() {
		return this.amendsId != null;
	}

	static Long daysBetween(LocalDate today, LocalDate day) {
		return (day != null) ? ChronoUnit.DAYS.between(today, day) : null;
	}

}
