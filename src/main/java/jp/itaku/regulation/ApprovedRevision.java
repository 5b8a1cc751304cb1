package jp.itaku.regulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A revision as the committee approved it, ready to become the next version (規程 9).
 *
 * @param baseVersion the version it revises, whose requirements it keeps
 * @param text the whole approved text
 * @param approvedOn 承認日: the day of the decision
 * @param effectiveOn 施行日
 * @param approver the committee, naming its decision
 * @param approvalId the decision (稟議)
 * @param changeSummary what it changes
 */
record ApprovedRevision(int baseVersion, String text, LocalDate approvedOn, LocalDate effectiveOn, String approver,
		UUID approvalId, String changeSummary) {
}
