package jp.itaku.awareness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session as screens and the API show it, with who attended.
 *
 * @param version the version to send back when adding attendees (optimistic locking)
 */
public record TrainingSessionView(UUID id, long version, TrainingKind kind, String requirementId, String title,
		LocalDate heldOn, String trainer, String summary, String recordedBy, Instant recordedAt,
		List<AttendeeView> attendees) {

	/** One attendee, and who recorded the attendance when. */
	public record AttendeeView(String username, String recordedBy, Instant recordedAt) {

	}

	static TrainingSessionView of(TrainingSession session) {
		return new TrainingSessionView(session.getId(), session.getVersion(), session.getKind(),
				session.getKind().requirementId(), session.getTitle(), session.getHeldOn(), session.getTrainer(),
				session.getSummary(), session.getRecordedBy(), session.getRecordedAt(),
				session.getAttendance()
					.stream()
					.map((a) -> new AttendeeView(a.username(), a.recordedBy(), a.recordedAt()))
					.sorted(java.util.Comparator.comparing(AttendeeView::username))
					.toList());
	}

}
