package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.List;

/**
 * The form of a session (the facade checks it, so that the screen and the API refuse the
 * same things with the same messages).
 */
record TrainingForm(TrainingKind kind, String title, LocalDate heldOn, String trainer, String summary,
		List<String> attendees) {

	static TrainingForm blank(TrainingKind kind) {
		return new TrainingForm(kind, null, null, null, null, List.of());
	}

	TrainingInput input() {
		return new TrainingInput(this.kind, this.title, this.heldOn, this.trainer, this.summary, this.attendees);
	}

}
