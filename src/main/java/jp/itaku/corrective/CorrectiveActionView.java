package jp.itaku.corrective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A corrective action as its page and the API show it, with its history and what the
 * caller may do with it now.
 *
 * @param version the version to send back with a step (optimistic locking)
 * @param contractorName the contractor's name, or {@code null}
 * @param doneBy who marked it done, or {@code null}
 * @param history every step, oldest first
 * @param allowed what the caller may do now
 */
record CorrectiveActionView(UUID id, long version, String sourceType, String sourceId, String requirementId,
		String sourceLink, UUID contractorId, String contractorName, String what, String assignee, LocalDate dueOn,
		CorrectiveActionStatus status, boolean overdue, String doneBy, String openedBy, Instant openedAt,
		Instant updatedAt, List<Step> history, Allowed allowed) {

	/** One step of the history. */
	record Step(String step, String actor, Instant at, String note) {

	}

	/** The steps the caller may take now. */
	record Allowed(boolean start, boolean done, boolean verify) {

	}

}
