package jp.itaku.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A change request (変更申請) as the screens and the API show it.
 *
 * @param proposedText the whole proposed text; none in lists
 */
record ChangeRequestView(UUID id, String title, String reason, String proposedText, LocalDate proposedEffectiveOn,
		int baseVersion, ChangeRequestStatus status, String requester, UUID approvalId, Integer adoptedVersion,
		Instant createdAt, Instant updatedAt, long version) {

	static ChangeRequestView of(ChangeRequest request) {
		return new ChangeRequestView(request.getId(), request.getTitle(), request.getReason(),
				request.getProposedText(), request.getProposedEffectiveOn(), request.getBaseVersion(),
				request.getStatus(), request.getRequester(), request.getApprovalId(), request.getAdoptedVersion(),
				request.getCreatedAt(), request.getUpdatedAt(), request.getVersion());
	}

	static ChangeRequestView summary(ChangeRequest request) {
		return new ChangeRequestView(request.getId(), request.getTitle(), request.getReason(), null,
				request.getProposedEffectiveOn(), request.getBaseVersion(), request.getStatus(), request.getRequester(),
				request.getApprovalId(), request.getAdoptedVersion(), request.getCreatedAt(), request.getUpdatedAt(),
				request.getVersion());
	}

}
