package jp.itaku.awareness;

import java.util.UUID;

/** An awareness session was recorded (S10, S11). */
public record TrainingRecorded(UUID sessionId, TrainingKind kind, String changes,
		String actor) implements TrainingEvent {

	@Override
	public String action() {
		return "RECORDED";
	}

}
