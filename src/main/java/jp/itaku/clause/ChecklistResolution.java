package jp.itaku.clause;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Decides which missing or partial items are resolved (an amendment: the item's verified
 * corrective action; or an approved exception from a {@link ClauseExceptions} bean, when
 * the governance module provides one), keeps the checklist's counts in step, and tells
 * the contract module a contract's coverage after every change.
 */
@Component
class ChecklistResolution {

	private final ClauseChecklistRepository checklists;

	private final List<ClauseExceptions> exceptions;

	private final ContractCoverage coverage;

	ChecklistResolution(ClauseChecklistRepository checklists, List<ClauseExceptions> exceptions,
			ContractCoverage coverage) {
		this.checklists = checklists;
		this.exceptions = List.copyOf(exceptions);
		this.coverage = coverage;
	}

	/** Recounts and saves the checklist, then reports a contract's coverage. */
	ClauseChecklist save(ClauseChecklist checklist) {
		checklist.recount(excepted(checklist.getSubjectType(), checklist.getSubjectId()));
		ClauseChecklist saved = this.checklists.saveAndFlush(checklist);
		if (ChecklistSubject.CONTRACT.equals(saved.getSubjectType())) {
			this.coverage.report(saved.getSubjectId(), saved.getApplicableCount(), saved.getPresentCount(),
					saved.getUnresolvedCount() + saved.getUnreviewedCount());
		}
		return saved;
	}

	ChecklistView view(ClauseChecklist checklist) {
		Predicate<String> excepted = excepted(checklist.getSubjectType(), checklist.getSubjectId());
		SuggestionSource source = checklist.getSuggestion();
		List<ChecklistItemView> items = checklist.entries()
			.stream()
			.map((entry) -> new ChecklistItemView(entry.requirementId(), entry.applicable(), entry.verdict(),
					entry.article(), entry.note(), ClauseChecklist.resolved(entry, excepted),
					entry.correctiveActionId(), suggestion(source, entry)))
			.toList();
		int applicable = (int) items.stream().filter(ChecklistItemView::applicable).count();
		int present = (int) items.stream()
			.filter((item) -> item.applicable() && item.verdict() == ClauseVerdict.PRESENT)
			.count();
		int unresolved = (int) items.stream().filter(ChecklistItemView::unresolved).count();
		return new ChecklistView(checklist.getSubjectType(), checklist.getSubjectId(), checklist.getVersion(), items,
				applicable, present, unresolved, (source != null) ? source.view() : null);
	}

	/** The entry's suggestion from the current run, while the item applies. */
	private static ItemSuggestion suggestion(SuggestionSource source, ChecklistEntry entry) {
		EntrySuggestion suggestion = entry.suggestion();
		if (source == null || suggestion == null || !entry.applicable() || !source.runId().equals(suggestion.runId())) {
			return null;
		}
		String link = (source.link() != null) ? source.link() + "#" + entry.requirementId() : null;
		return new ItemSuggestion(suggestion.verdict(), suggestion.article(), suggestion.confidence(), link);
	}

	Predicate<String> excepted(String subjectType, UUID subjectId) {
		if (this.exceptions.isEmpty()) {
			return (item) -> false;
		}
		return (item) -> this.exceptions.stream().anyMatch((e) -> e.approved(subjectType, subjectId, item));
	}

}
