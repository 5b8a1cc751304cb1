package jp.itaku.clause;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.corrective.CorrectionSource;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the corrective action (是正処置) that amends a contract for a required item found
 * absent or partial (規程 4.2, 4.1): source {@code contract-clause} (or
 * {@code subcontract-clause}), id {@code <subject id>:<item>}, the item as requirement.
 * Once that action is verified the item counts as resolved.
 */
@Service
public class ChecklistCorrections {

	static final String SUFFIX = "-clause";

	private final ClauseChecklists facade;

	private final ChecklistResolution resolution;

	private final CorrectiveActions actions;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	ChecklistCorrections(ClauseChecklists facade, ChecklistResolution resolution, CorrectiveActions actions,
			CurrentUsers currentUsers, ApplicationEventPublisher events) {
		this.facade = facade;
		this.resolution = resolution;
		this.actions = actions;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * Opens the corrective action for a missing or partial item.
	 * @param expectedVersion the checklist version the caller read
	 * @return the action's id
	 * @throws ConflictException if the item is not missing or partial, or already has an
	 * action not yet verified, or the checklist changed meanwhile
	 * @throws jp.itaku.shared.InvalidInputException if what, assignee or due date is
	 * missing
	 */
	@Transactional
	public UUID open(String subjectType, UUID subjectId, long expectedVersion, String requirementId, String what,
			String assignee, LocalDate dueOn) {
		ClauseChecklist checklist = this.facade.loadAt(subjectType, subjectId, expectedVersion);
		if (!ClauseItems.CONTRACT_ITEMS.contains(requirementId)) {
			throw new ConflictException("not a contract item: " + requirementId, "clause.correction.notNeeded");
		}
		ChecklistEntry entry = checklist.entry(requirementId);
		if (!entry.needsResolution() || entry.isCorrected()) {
			throw new ConflictException(requirementId + " needs no amendment", "clause.correction.notNeeded");
		}
		if (entry.correctiveActionId() != null) {
			throw new ConflictException(requirementId + " already has an action", "clause.correction.alreadyOpen");
		}
		UUID actionId = this.actions.open(new CorrectionSource(subjectType + SUFFIX, subjectId + ":" + requirementId,
				requirementId, checklist.getLink()), checklist.getContractorId(), what, assignee, dueOn);
		checklist.attachCorrection(requirementId, actionId);
		this.resolution.save(checklist);
		this.events.publishEvent(new ChecklistChanged(subjectType, subjectId, "CORRECTION_OPENED",
				requirementId + ": corrective action " + actionId, this.currentUsers.actorName()));
		return actionId;
	}

	/** The checklist item a corrective action's source names, if it is one of ours. */
	static Optional<Target> subjectOf(String sourceType, String sourceId) {
		if (sourceType == null || !sourceType.endsWith(SUFFIX) || sourceId == null) {
			return Optional.empty();
		}
		int colon = sourceId.lastIndexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Target(sourceType.substring(0, sourceType.length() - SUFFIX.length()),
					UUID.fromString(sourceId.substring(0, colon)), sourceId.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	record Target(String subjectType, UUID subjectId, String requirementId) {
	}

}
