package jp.itaku.awareness;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Awareness training (意識向上訓練, 規程 4.2(1)③ S10, S11) as JSON: the sessions held with who
 * attended, and where each person of the audience stands.
 */
@ApiController("/api/v1/awareness")
@Tag(name = "awareness", description = "意識向上訓練 / awareness training (S10, S11)")
class AwarenessApi {

	private static final int MAX_SIZE = 100;

	private final TrainingSessions sessions;

	private final TrainingAudience audience;

	AwarenessApi(TrainingSessions sessions, TrainingAudience audience) {
		this.sessions = sessions;
		this.audience = audience;
	}

	@GetMapping("/sessions")
	@PreAuthorize(AwarenessRoles.READERS)
	@Operation(summary = "List the sessions held, the latest first",
			description = "kind is PROCUREMENT (S10) or SUPPLIER_CONTACT (S11); from and to bound the day held; "
					+ "size at most 100")
	PageView<TrainingSessionView> list(@RequestParam(required = false) TrainingKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE),
				Sort.by(Sort.Order.desc("heldOn"), Sort.Order.asc("id")));
		return PageView.of(this.sessions.search(new TrainingQuery(kind, from, to), pageable));
	}

	@GetMapping("/sessions/{id}")
	@PreAuthorize(AwarenessRoles.READERS)
	@Operation(summary = "Read one session with its attendees")
	TrainingSessionView get(@PathVariable UUID id) {
		return this.sessions.get(id);
	}

	@PostMapping("/sessions")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	@Operation(summary = "Record a session held",
			description = "attendees are usernames of internal accounts; the day held may not be in the future")
	ResponseEntity<TrainingSessionView> record(@RequestBody TrainingInput input) {
		TrainingSessionView view = this.sessions.record(input);
		return ResponseEntity.created(URI.create("/api/v1/awareness/sessions/" + view.id())).body(view);
	}

	@PostMapping("/sessions/{id}/attendees")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	@Operation(summary = "Record more attendees", description = "409 when the version is not the current one")
	TrainingSessionView attend(@PathVariable UUID id, @RequestBody Attendees attendees) {
		return this.sessions.attend(id, attendees.version(), attendees.usernames());
	}

	@PostMapping("/sessions/{id}/confirmation")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	@Operation(summary = "Confirm that the caller attended the session")
	TrainingSessionView confirm(@PathVariable UUID id) {
		return this.sessions.confirmOwn(id);
	}

	@GetMapping("/standing")
	@PreAuthorize(AwarenessRoles.READERS)
	@Operation(summary = "Where each person of the audience stands with one kind of training",
			description = "state is CURRENT, LAPSING, LAPSED or NEVER; the untrained come first")
	List<PersonStanding> standing(@RequestParam TrainingKind kind) {
		return this.audience.standing(kind);
	}

	/** The attendees to add, with the version of the session the caller read. */
	record Attendees(long version, List<String> usernames) {

	}

}
