package jp.itaku.duty;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An occurrence of a duty was completed; {@code nextDue} is the next occurrence's due
 * date, or {@code null} when the duty does not recur.
 */
public record DutyCompleted(UUID dutyId, String kind, String subjectType, String subjectId, int occurrence,
		LocalDate dueOn, LocalDate nextDue, String actor) implements DutyEvent {

	@Override
	public String action() {
		return "COMPLETED";
	}

	@Override
	public String changes() {
		return "occurrence " + this.occurrence + " due " + this.dueOn + " completed; next: "
				+ ((this.nextDue != null) ? this.nextDue : "none");
	}

}
