package jp.itaku.awareness;

import java.util.UUID;

/** People were recorded as having attended a session. */
public record AttendanceRecorded(UUID sessionId, TrainingKind kind, String changes,
		String actor) implements TrainingEvent {

	@Override
	public String action() {
		return "ATTENDED";
	}

}
