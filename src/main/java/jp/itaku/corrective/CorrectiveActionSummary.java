package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A corrective action as other modules list it on their pages.
 *
 * @param id the action's id
 * @param what what must be corrected
 * @param assignee the user name of who does it
 * @param dueOn by when
 * @param status where it stands
 * @param overdue whether it is not verified and its due date has passed
 * @param link the path of the action's own page
 */
public record CorrectiveActionSummary(UUID id, String what, String assignee, LocalDate dueOn,
		CorrectiveActionStatus status, boolean overdue, String link) {

}
