package jp.itaku.awareness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awareness training (意識向上訓練, 規程 4.2(1)③ S10, S11) facade: record a session held with
 * who attended, add attendees later (or a person confirms their own attendance), and list
 * the sessions. Recording the latest session of a kind completes the committee's duty to
 * hold it and schedules the next.
 */
@Service
public class TrainingSessions {

	private final TrainingSessionRepository sessions;

	private final TrainingAudience audience;

	private final AwarenessDuties duties;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingSessions(TrainingSessionRepository sessions, TrainingAudience audience, AwarenessDuties duties,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.audience = audience;
		this.duties = duties;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a session held.
	 * @throws InvalidInputException if a field is missing or too long, the day is in the
	 * future, or an attendee is not an internal account
	 */
	@Transactional
	public TrainingSessionView record(TrainingInput input) {
		TrainingChecks.session(input, LocalDate.now(this.clock), this.audience::isInternal);
		LocalDate lastBefore = this.sessions.lastHeld(input.kind()).orElse(null);
		TrainingSession session = new TrainingSession(input, this.currentUsers.actorName(), this.clock.instant());
		TrainingSession saved = save(session);
		if (lastBefore == null || !input.heldOn().isBefore(lastBefore)) {
			this.duties.held(input.kind(), input.heldOn());
		}
		return TrainingSessionView.of(saved);
	}

	/**
	 * Records more attendees of a session; those already recorded are left as they are.
	 * @param expectedVersion the version the caller read
	 * @throws StaleTrainingSession if the session changed meanwhile
	 */
	@Transactional
	public TrainingSessionView attend(UUID id, long expectedVersion, List<String> usernames) {
		TrainingSession session = load(id);
		if (session.getVersion() != expectedVersion) {
			throw new StaleTrainingSession(id);
		}
		List<String> names = (usernames == null) ? List.of()
				: usernames.stream().filter((name) -> name != null && !name.isBlank()).map(String::strip).toList();
		List<InvalidInputException.FieldProblem> problems = TrainingChecks.attendees(names, this.audience::isInternal);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		session.attend(names, this.currentUsers.actorName(), this.clock.instant());
		return TrainingSessionView.of(save(session));
	}

	/**
	 * The caller confirms they attended the session (受講を記録). Repeating it changes
	 * nothing.
	 */
	@Transactional
	public TrainingSessionView confirmOwn(UUID id) {
		String me = this.currentUsers.actorName();
		TrainingSession session = load(id);
		session.attend(List.of(me), me, this.clock.instant());
		return TrainingSessionView.of(save(session));
	}

	/** The sessions matching {@code query}, a page at a time. */
	@Transactional(readOnly = true)
	public Page<TrainingSessionView> search(TrainingQuery query, Pageable pageable) {
		return this.sessions.findAll(query.specification(), pageable).map(TrainingSessionView::of);
	}

	/**
	 * One session.
	 * @throws NotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public TrainingSessionView get(UUID id) {
		return TrainingSessionView.of(load(id));
	}

	private TrainingSession load(UUID id) {
		return this.sessions.findById(id).orElseThrow(() -> new NotFoundException("no awareness session " + id));
	}

	private TrainingSession save(TrainingSession session) {
		TrainingSession saved;
		try {
			saved = this.sessions.saveAndFlush(session);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleTrainingSession(session.getId());
		}
		session.takeEvents().forEach(this.events::publishEvent);
		return saved;
	}

}
