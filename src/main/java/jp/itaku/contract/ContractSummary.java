package jp.itaku.contract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract as other modules see it.
 *
 * @param termEndOn the end of the term now running (after automatic renewals), or null
 * @param noticeDeadline the last day to give notice before {@code termEndOn}, or null
 * @param version the version to send back with a change (optimistic locking)
 */
public record ContractSummary(UUID id, UUID contractorId, ContractKind kind, String title, String number,
		String counterparty, LocalDate startOn, LocalDate endOn, boolean autoRenewal, LocalDate termEndOn,
		LocalDate noticeDeadline, ContractStatus status, UUID amendsId, long version) {

	/** Whether the contract is in effect (締結済 or 更新). */
	public boolean active() {
		return this.status.active();
	}

}
