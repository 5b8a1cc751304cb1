package jp.itaku.regulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of the regulation (規程 9 改訂).
 *
 * @param number the version number, from 1
 * @param status in force, scheduled, superseded or draft, as of today
 * @param approvedOn 承認日, none while a draft
 * @param effectiveOn 施行日, none while a draft
 * @param approver who approved it: the committee, naming its decision
 * @param approvalId the committee decision (稟議) that approved it; none for version 1,
 * registered when the system was introduced
 * @param changeSummary what changed from the previous version
 */
public record RegulationVersion(int number, Status status, LocalDate approvedOn, LocalDate effectiveOn, String approver,
		UUID approvalId, String changeSummary) {

	/** Where a version stands on a given day. */
	public enum Status {

		/** Approved and effective: the latest such version is the one in force. */
		IN_FORCE,
		/** Approved, but its effective date (施行日) is still ahead. */
		SCHEDULED,
		/** Approved and effective once, replaced by a later version in force. */
		SUPERSEDED,
		/** Not approved. */
		DRAFT

	}

	RegulationVersion withStatus(Status status) {
		return new RegulationVersion(this.number, status, this.approvedOn, this.effectiveOn, this.approver,
				this.approvalId, this.changeSummary);
	}

}
