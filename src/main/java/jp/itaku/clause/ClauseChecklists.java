package jp.itaku.clause;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The required-clause checklist facade (必須条項, 規程 4.2): prepares a subject's checklist
 * from the applicability matrix and records what the reviewer found. A required item
 * found absent or partial stays unresolved until an amendment resolves it (a corrective
 * action opened from the checklist and verified) or an approved exception
 * ({@link ClauseExceptions}) covers it. Every change publishes a {@link ChecklistChanged}
 * for the audit trail.
 */
@Service
public class ClauseChecklists {

	/** The longest article reference, e.g. {@code 第12条第2項第3号}. */
	public static final int MAX_ARTICLE = 60;

	/** The longest note on an item. */
	public static final int MAX_NOTE = 1000;

	private final ClauseChecklistRepository checklists;

	private final ClauseApplicability applicability;

	private final ChecklistResolution resolution;

	private final ChecklistSuggestions suggestions;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClauseChecklists(ClauseChecklistRepository checklists, ClauseApplicability applicability,
			ChecklistResolution resolution, ChecklistSuggestions suggestions, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.checklists = checklists;
		this.applicability = applicability;
		this.resolution = resolution;
		this.suggestions = suggestions;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the subject's checklist, or re-derives which items apply to it, keeping the
	 * findings already recorded. Idempotent.
	 */
	@Transactional
	public ChecklistView prepare(ChecklistSubject subject) {
		Optional<ClauseChecklist> existing = this.checklists.findBySubjectTypeAndSubjectId(subject.subjectType(),
				subject.subjectId());
		ClauseChecklist checklist = existing.orElseGet(() -> new ClauseChecklist(subject));
		String actor = this.currentUsers.actorName();
		String changes = checklist.derive(subject,
				this.applicability.applicable(subject.kind(), subject.supplierTypes(), subject.accessKinds()), actor,
				this.clock.instant());
		if (existing.isPresent() && changes.isEmpty()) {
			return this.resolution.view(checklist);
		}
		ClauseChecklist saved = this.resolution.save(checklist);
		this.events.publishEvent(new ChecklistChanged(subject.subjectType(), subject.subjectId(),
				existing.isPresent() ? "DERIVED" : "PREPARED", changes, actor));
		return this.resolution.view(saved);
	}

	/** The subject's checklist, if one was prepared. */
	@Transactional(readOnly = true)
	public Optional<ChecklistView> find(String subjectType, UUID subjectId) {
		return this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId).map(this.resolution::view);
	}

	/**
	 * Records the reviewer's findings; items not named keep theirs. A finding on an item
	 * that carries the automatic check's current suggestion is also kept as labelled
	 * data: the reviewer confirmed or corrected the suggestion.
	 * @param expectedVersion the version the caller read (optimistic locking)
	 * @throws NotFoundException if the subject has no checklist
	 * @throws StaleChecklistVersion if someone changed it meanwhile
	 * @throws InvalidInputException if a finding names an item that does not apply, or
	 * its article or note is too long
	 */
	@Transactional
	public ChecklistView record(String subjectType, UUID subjectId, long expectedVersion, List<ItemFinding> findings) {
		ClauseChecklist checklist = loadAt(subjectType, subjectId, expectedVersion);
		List<FieldProblem> problems = ChecklistChecks.findings(checklist, findings);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String actor = this.currentUsers.actorName();
		List<String> labelled = this.suggestions.label(checklist, findings, actor);
		List<String> changes = new ArrayList<>();
		for (ItemFinding finding : findings) {
			String change = checklist.record(finding.requirementId(), finding.verdict(),
					ChecklistChecks.text(finding.article()), ChecklistChecks.text(finding.note()));
			if (!change.isEmpty()) {
				changes.add(change);
			}
		}
		boolean findingsChanged = !changes.isEmpty();
		ClauseChecklist saved = checklist;
		if (findingsChanged) {
			checklist.touch(actor, this.clock.instant());
			saved = this.resolution.save(checklist);
		}
		if (!labelled.isEmpty()) {
			changes.add("labelled " + checklist.getSuggestion().document() + ": " + String.join(", ", labelled));
		}
		if (!changes.isEmpty()) {
			// a save that only confirms findings recorded before the suggestion changes
			// none
			this.events.publishEvent(new ChecklistChanged(subjectType, subjectId,
					findingsChanged ? "FINDINGS_RECORDED" : "SUGGESTION_CONFIRMED", String.join("; ", changes), actor));
		}
		return this.resolution.view(saved);
	}

	/**
	 * Offers the automatic check's verdicts to the subject's checklist (issue 7). The
	 * items' recorded findings do not change: the reviewer confirms or corrects each
	 * suggestion by recording it, and every such decision is kept as labelled data.
	 * Suggestions for items that do not apply are ignored.
	 * @throws NotFoundException if the subject has no checklist
	 */
	@Transactional
	public ChecklistView suggest(String subjectType, UUID subjectId, CheckSuggestion suggestion) {
		return this.suggestions.suggest(subjectType, subjectId, suggestion);
	}

	/**
	 * Recounts a checklist after something outside it changed, e.g. an exception was
	 * approved ({@link ClauseExceptions}).
	 */
	@Transactional
	public Optional<ChecklistView> refresh(String subjectType, UUID subjectId) {
		return this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId)
			.map((checklist) -> this.resolution.view(this.resolution.save(checklist)));
	}

	/** The path of the subject's page, as its module gave it. */
	@Transactional(readOnly = true)
	String linkOf(String subjectType, UUID subjectId) {
		return this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId)
			.map(ClauseChecklist::getLink)
			.orElse("/");
	}

	/** Keeps what the lists show of a contract: whether it is in effect, its number. */
	@Transactional
	void label(String subjectType, UUID subjectId, boolean active, String label) {
		this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId).ifPresent((checklist) -> {
			String text = (label.length() > 300) ? label.substring(0, 300) : label;
			if (checklist.isActive() != active || !text.equals(checklist.getLabel())) {
				checklist.activate(active, text);
				this.resolution.save(checklist);
			}
		});
	}

	/** Re-derives every checklist from the matrix as it is now, keeping the findings. */
	@Transactional
	void rederiveAll() {
		for (ClauseChecklist checklist : this.checklists.findAll()) {
			prepare(new ChecklistSubject(checklist.getSubjectType(), checklist.getSubjectId(),
					checklist.getContractorId(), checklist.getContractKind(), checklist.supplierTypes(),
					checklist.accessKinds(), checklist.getLink()));
		}
	}

	/**
	 * The corrective action opened for an item was verified: the amendment resolves it.
	 */
	@Transactional
	void corrected(String subjectType, UUID subjectId, String requirementId, UUID actionId) {
		if (!ClauseItems.CONTRACT_ITEMS.contains(requirementId)) {
			return;
		}
		this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId).ifPresent((checklist) -> {
			if (checklist.markCorrected(requirementId, actionId)) {
				String actor = this.currentUsers.actorName();
				checklist.touch(actor, this.clock.instant());
				this.resolution.save(checklist);
				this.events.publishEvent(new ChecklistChanged(subjectType, subjectId, "CORRECTED",
						requirementId + ": corrective action " + actionId + " verified", actor));
			}
		});
	}

	ClauseChecklist loadAt(String subjectType, UUID subjectId, long expectedVersion) {
		ClauseChecklist checklist = this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("checklist " + subjectType + "/" + subjectId));
		if (checklist.getVersion() != expectedVersion) {
			throw new StaleChecklistVersion(subjectType + "/" + subjectId, expectedVersion, checklist.getVersion());
		}
		return checklist;
	}

}
