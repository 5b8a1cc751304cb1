package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the corrective action list. */
record CorrectiveActionRow(UUID id, String what, String requirementId, String sourceType, UUID contractorId,
		String contractorName, String assignee, LocalDate dueOn, CorrectiveActionStatus status, boolean overdue) {

}
