package jp.itaku.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * A request as lists show it.
 *
 * @param subjectLink the path of the subject's own page, or {@code null} when its module
 * offers none ({@link ApprovalSubjectLinks})
 */
public record ApprovalSummary(UUID id, String subjectType, String subjectId, String subjectLink, String title,
		String requester, ApprovalStatus status, int currentRound, Instant updatedAt) {
}
