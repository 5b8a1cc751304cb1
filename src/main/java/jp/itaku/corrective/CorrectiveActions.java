package jp.itaku.corrective;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective action (是正処置) facade, the way other modules open one and list theirs (規程
 * 4.1, 5.1(1); SEL-04: 不具合があれば是正処置を施す). Each action is a one-off duty of its assignee,
 * due on its due date and completed when the action is verified, so that an overdue
 * action shows as OVERDUE in the compliance table.
 */
@Service
public class CorrectiveActions {

	/** The longest description of what must be corrected, and of a note or reason. */
	public static final int MAX_TEXT = 2000;

	static final String DUTY_KIND = "corrective-action";

	static final String DUTY_TITLE = "corrective.duty.title";

	private static final int TITLE_ARG = 200;

	private final CorrectiveActionRepository actions;

	private final CorrectiveActionStore store;

	private final Duties duties;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	CorrectiveActions(CorrectiveActionRepository actions, CorrectiveActionStore store, Duties duties,
			CurrentUsers currentUsers, Clock clock) {
		this.actions = actions;
		this.store = store;
		this.duties = duties;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/**
	 * Opens a corrective action (是正処置): what must be corrected, for which contractor (may
	 * be null), who does it (a username), and by when. Registers a duty for its due date
	 * ({@link Duties}) and publishes an audit event.
	 * @return the new action's id
	 * @throws InvalidInputException if what, the assignee or the due date is missing or
	 * too long
	 */
	@Transactional
	public UUID open(CorrectionSource source, UUID contractorId, String what, String assignee, LocalDate dueOn) {
		if (source == null) {
			throw new IllegalArgumentException("a corrective action needs a source");
		}
		CorrectiveChecks.opening(what, assignee, dueOn);
		CorrectiveAction action = new CorrectiveAction(source, contractorId, what, assignee, dueOn,
				this.currentUsers.actorName(), this.clock.instant());
		this.store.save(action);
		this.duties.schedule(DutyPlan
			.of(dutyKey(action.getId()), source.requirementId(), DutyOwner.user(action.getAssignee()), DUTY_TITLE,
					List.of(titleArg(action.getWhat())), link(action.getId()), Recurrence.once(), dueOn)
			.withContractor(contractorId));
		return action.getId();
	}

	/**
	 * The actions opened from one source record, oldest first (for the source's own
	 * page).
	 */
	@Transactional(readOnly = true)
	public List<CorrectiveActionSummary> ofSource(String sourceType, String sourceId) {
		LocalDate today = today();
		return this.actions.findBySourceTypeAndSourceIdOrderByOpenedAtAscIdAsc(sourceType, sourceId)
			.stream()
			.map((action) -> summary(action, today))
			.toList();
	}

	/**
	 * Open (not verified) actions of a contractor, for its page, the earliest due first.
	 */
	@Transactional(readOnly = true)
	public List<CorrectiveActionSummary> openFor(UUID contractorId) {
		if (contractorId == null || this.currentUsers.current().isContractorOnly()) {
			// contractors' own accounts see nothing of the corrective actions
			return List.of();
		}
		LocalDate today = today();
		return this.actions
			.findByContractorIdAndStatusNotOrderByDueOnAscIdAsc(contractorId, CorrectiveActionStatus.VERIFIED)
			.stream()
			.map((action) -> summary(action, today))
			.toList();
	}

	/**
	 * The assignee starts work on the action.
	 * @param expectedVersion the version the caller read (optimistic locking)
	 * @throws NotAllowedToAct if the caller is not the assignee
	 * @throws IllegalCorrectiveTransition if it is not open or changed meanwhile
	 */
	@Transactional
	public CorrectiveActionSummary start(UUID id, long expectedVersion) {
		CorrectiveAction action = loadAt(id, expectedVersion);
		action.start(this.currentUsers.actorName(), this.clock.instant());
		return summary(this.store.save(action), today());
	}

	/**
	 * The assignee reports the action done; someone else must now verify it.
	 * @throws NotAllowedToAct if the caller is not the assignee
	 * @throws IllegalCorrectiveTransition if it is not in progress or changed meanwhile
	 */
	@Transactional
	public CorrectiveActionSummary markDone(UUID id, long expectedVersion, String note) {
		String text = CorrectiveChecks.note("note", note, false);
		CorrectiveAction action = loadAt(id, expectedVersion);
		action.markDone(this.currentUsers.actorName(), text, this.clock.instant());
		return summary(this.store.save(action), today());
	}

	/**
	 * Someone other than whoever reported it done confirms the correction (規程 4.1); its
	 * duty is completed.
	 * @throws NotAllowedToAct if the caller reported it done
	 * @throws IllegalCorrectiveTransition if it is not done or changed meanwhile
	 */
	@Transactional
	public CorrectiveActionSummary verify(UUID id, long expectedVersion, String note) {
		String text = CorrectiveChecks.note("note", note, false);
		CorrectiveAction action = loadAt(id, expectedVersion);
		action.verify(this.currentUsers.actorName(), text, this.clock.instant());
		CorrectiveAction saved = this.store.save(action);
		// the duty is done only once the correction is confirmed, so it stays overdue
		// till
		// then; one closed by hand on the duty screens must not undo the verification
		if (this.duties.isOpen(dutyKey(id))) {
			this.duties.complete(DUTY_KIND, DUTY_KIND, id.toString(), text);
		}
		return summary(saved, today());
	}

	/**
	 * The verification failed: the action goes back to work, with the reason.
	 * @throws InvalidInputException if the reason is missing or too long
	 * @throws NotAllowedToAct if the caller reported it done
	 * @throws IllegalCorrectiveTransition if it is not done or changed meanwhile
	 */
	@Transactional
	public CorrectiveActionSummary reject(UUID id, long expectedVersion, String reason) {
		String text = CorrectiveChecks.note("reason", reason, true);
		CorrectiveAction action = loadAt(id, expectedVersion);
		action.reject(this.currentUsers.actorName(), text, this.clock.instant());
		return summary(this.store.save(action), today());
	}

	private CorrectiveAction loadAt(UUID id, long version) {
		CorrectiveAction action = this.actions.findById(id)
			.orElseThrow(() -> new NotFoundException("corrective action " + id));
		action.expectVersion(version);
		return action;
	}

	/** Today, by the injected clock (Asia/Tokyo). */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static DutyKey dutyKey(UUID actionId) {
		return new DutyKey(DUTY_KIND, DUTY_KIND, actionId.toString());
	}

	static String link(UUID actionId) {
		return "/corrective-actions/" + actionId;
	}

	static CorrectiveActionSummary summary(CorrectiveAction action, LocalDate today) {
		return new CorrectiveActionSummary(action.getId(), action.getWhat(), action.getAssignee(), action.getDueOn(),
				action.getStatus(), action.isOverdueOn(today), link(action.getId()));
	}

	private static String titleArg(String what) {
		String oneLine = what.replaceAll("\\s+", " ");
		return (oneLine.length() > TITLE_ARG) ? oneLine.substring(0, TITLE_ARG - 1) + "…" : oneLine;
	}

}
