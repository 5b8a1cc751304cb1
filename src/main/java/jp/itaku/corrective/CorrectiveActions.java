package jp.itaku.corrective;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

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
		checkOpening(what, assignee, dueOn);
		CorrectiveAction action = new CorrectiveAction(source, contractorId, what, assignee, dueOn,
				this.currentUsers.actorName(), this.clock.instant());
		this.store.save(action);
		this.duties
			.schedule(DutyPlan.of(dutyKey(action.getId()), source.requirementId(), DutyOwner.user(action.getAssignee()),
					DUTY_TITLE, List.of(titleArg(action.getWhat())), link(action.getId()), Recurrence.once(), dueOn));
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

	/** The note or reason given with a step, stripped; refused past {@link #MAX_TEXT}. */
	static String checkedNote(String field, String note, boolean required) {
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (required && text == null) {
			throw new InvalidInputException(
					List.of(new FieldProblem(field, "corrective.error." + field + ".required")));
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidInputException(
					List.of(new FieldProblem(field, "corrective.error.tooLong", new Object[] { MAX_TEXT })));
		}
		return text;
	}

	private static void checkOpening(String what, String assignee, LocalDate dueOn) {
		List<FieldProblem> problems = new ArrayList<>();
		if (what == null || what.isBlank()) {
			problems.add(new FieldProblem("what", "corrective.error.what.required"));
		}
		else if (what.strip().length() > MAX_TEXT) {
			problems.add(new FieldProblem("what", "corrective.error.tooLong", new Object[] { MAX_TEXT }));
		}
		if (assignee == null || assignee.isBlank() || assignee.strip().length() > 100) {
			problems.add(new FieldProblem("assignee", "corrective.error.assignee.required"));
		}
		if (dueOn == null) {
			problems.add(new FieldProblem("dueOn", "corrective.error.dueOn.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String titleArg(String what) {
		String oneLine = what.replaceAll("\\s+", " ");
		return (oneLine.length() > TITLE_ARG) ? oneLine.substring(0, TITLE_ARG - 1) + "…" : oneLine;
	}

}
