package jp.itaku.awareness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * An awareness session held (意識向上訓練, 規程 4.2(1)③ S10, S11) and who attended it. Attendance
 * is only ever added: a session, once recorded, is a record of what happened.
 */
@Entity
@Table(name = "awareness_session")
class TrainingSession {

	@Id
	private UUID id;

	// a wrapper, so that Spring Data persists a new session rather than merging it
	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TrainingKind kind;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 100)
	private String trainer;

	@Column(length = 4000)
	private String summary;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "awareness_attendance", joinColumns = @JoinColumn(name = "session_id"))
	private List<Attendance> attendance = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected TrainingSession() {
	}

	TrainingSession(TrainingInput input, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = input.kind();
		this.title = input.title().strip();
		this.heldOn = input.heldOn();
		this.trainer = input.trainer().strip();
		this.summary = (input.summary() == null || input.summary().isBlank()) ? null : input.summary().strip();
		this.recordedBy = actor;
		this.recordedAt = now;
		this.events.add(new TrainingRecorded(this.id, this.kind,
				this.kind.requirementId() + "; " + this.title + "; held " + this.heldOn + "; trainer " + this.trainer,
				actor));
		attend(input.attendees(), actor, now);
	}

	/**
	 * Adds whoever of {@code usernames} is not yet recorded as attending.
	 * @return the usernames added
	 */
	List<String> attend(Collection<String> usernames, String actor, Instant now) {
		Set<String> present = attendees();
		List<String> added = usernames.stream().distinct().filter((name) -> !present.contains(name)).toList();
		added.forEach((name) -> this.attendance.add(new Attendance(name, actor, now)));
		if (!added.isEmpty()) {
			this.events.add(new AttendanceRecorded(this.id, this.kind, "attended: " + String.join(", ", added), actor));
		}
		return added;
	}

	Set<String> attendees() {
		return this.attendance.stream().map(Attendance::username).collect(Collectors.toSet());
	}

	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	UUID getId() {
		return this.id;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	TrainingKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getHeldOn() {
		return this.heldOn;
	}

	String getTrainer() {
		return this.trainer;
	}

	String getSummary() {
		return this.summary;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	List<Attendance> getAttendance() {
		return List.copyOf(this.attendance);
	}

}
