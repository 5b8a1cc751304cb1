package jp.itaku.corrective;

import java.util.UUID;

/**
 * A corrective action was opened (規程 4.1: 不具合があれば是正処置を施す).
 *
 * @param contractorId the contractor concerned, or {@code null}
 */
public record CorrectiveActionOpened(UUID actionId, String sourceType, String sourceId, UUID contractorId,
		String changes, String actor) implements CorrectiveActionEvent {

	@Override
	public String action() {
		return "OPENED";
	}

}
