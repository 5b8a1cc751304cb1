package jp.itaku.duty;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A duty as lists show it, with its title in the viewer's language and its status today.
 *
 * @param id the series' id
 * @param version for optimistic locking when completing it
 * @param kind the kind of duty
 * @param subjectType the kind of record concerned
 * @param subjectId the record concerned
 * @param requirementId the requirement it serves, e.g. {@code REV-03}
 * @param owner the owner's username, or {@code null} for the committee
 * @param committee whether the committee as a whole owns it
 * @param title its title
 * @param link the application path of the record concerned
 * @param dueOn the current occurrence's due date
 * @param overdueAfter the last day before it counts as overdue
 * @param status its status today
 * @param occurrence the current occurrence's number, from 1
 * @param contractorId the contractor it concerns, or {@code null}
 */
public record DutySummary(UUID id, long version, String kind, String subjectType, String subjectId,
		String requirementId, String owner, boolean committee, String title, String link, LocalDate dueOn,
		LocalDate overdueAfter, DutyStatus status, int occurrence, UUID contractorId) {

}
