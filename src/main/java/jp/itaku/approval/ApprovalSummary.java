package jp.itaku.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * A request as lists show it.
 */
public record ApprovalSummary(UUID id, String subjectType, String subjectId, String title, String requester,
		ApprovalStatus status, int currentRound, Instant updatedAt) {

	static ApprovalSummary of(ApprovalRequest request) {
		return new ApprovalSummary(request.getId(), request.getSubjectType(), request.getSubjectId(),
				request.getTitle(), request.getRequester(), request.getStatus(), request.getCurrentRound(),
				request.getUpdatedAt());
	}

}
