package jp.itaku.regulation;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * Something happened to a change request (変更申請, 規程 9 REV-02): filed, amended, withdrawn,
 * sent back, rejected or adopted. Recorded in the audit trail under the request.
 *
 * @param id the change request
 * @param action FILED, AMENDED, SENT_BACK, REJECTED, WITHDRAWN or ADOPTED
 * @param actor who did it
 * @param changes what changed
 */
public record ChangeRequestEvent(UUID id, String action, String actor, String changes) implements AuditableEvent {

	@Override
	public String recordType() {
		return "regulation-change-request";
	}

	@Override
	public String recordId() {
		return this.id.toString();
	}

}
