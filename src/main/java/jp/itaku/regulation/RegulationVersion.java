package jp.itaku.regulation;

import java.time.LocalDate;

/**
 * One version of the regulation (規程 9 改訂).
 *
 * @param number the version number, from 1
 * @param status in force, superseded or draft
 * @param approvedOn 承認日, none while a draft
 * @param effectiveOn 施行日, none while a draft
 * @param approver who approved it (free text until committee decisions are recorded)
 * @param decisionId the committee decision that approved it, when recorded
 * @param changeSummary what changed from the previous version
 */
public record RegulationVersion(int number, Status status, LocalDate approvedOn, LocalDate effectiveOn, String approver,
		Long decisionId, String changeSummary) {

	/** Where a version stands. */
	public enum Status {

		IN_FORCE, SUPERSEDED, DRAFT

	}

}
