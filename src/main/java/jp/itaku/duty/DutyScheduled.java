package jp.itaku.duty;

import java.util.UUID;

/**
 * A duty series was registered, changed by its module's plan, or reopened.
 *
 * @param action {@code SCHEDULED}, {@code RESCHEDULED} or {@code REOPENED}
 */
public record DutyScheduled(UUID dutyId, String kind, String subjectType, String subjectId, String action,
		String changes, String actor) implements DutyEvent {

}
