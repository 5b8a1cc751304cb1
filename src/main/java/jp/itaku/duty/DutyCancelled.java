package jp.itaku.duty;

import java.util.UUID;

/** A duty series was cancelled; it stays, with its history, as a trace. */
public record DutyCancelled(UUID dutyId, String kind, String subjectType, String subjectId, String reason,
		String actor) implements DutyEvent {

	@Override
	public String action() {
		return "CANCELLED";
	}

	@Override
	public String changes() {
		return "state: OPEN → CANCELLED" + ((this.reason != null) ? " (" + this.reason + ")" : "");
	}

}
