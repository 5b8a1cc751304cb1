package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.List;

/**
 * A session as recorded on the form or through the API (checked by
 * {@link TrainingSessions#record}).
 *
 * @param attendees the usernames of the internal accounts that attended
 */
public record TrainingInput(TrainingKind kind, String title, LocalDate heldOn, String trainer, String summary,
		List<String> attendees) {

	public TrainingInput {
		attendees = (attendees == null) ? List.of()
				: attendees.stream().filter((name) -> name != null && !name.isBlank()).map(String::strip).toList();
	}

}
