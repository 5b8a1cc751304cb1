package jp.itaku.clause;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The automatic check's side of a checklist (issue 7, 規程 4.2): takes a check's suggestion
 * in place of the previous one, and keeps each reviewer decision on a suggested item as
 * labelled data ({@link ClauseCheckLabel}). Runs inside the facade's transactions.
 */
@Component
class ChecklistSuggestions {

	private final ClauseChecklistRepository checklists;

	private final ClauseCheckLabelRepository labels;

	private final ChecklistResolution resolution;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChecklistSuggestions(ClauseChecklistRepository checklists, ClauseCheckLabelRepository labels,
			ChecklistResolution resolution, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.checklists = checklists;
		this.labels = labels;
		this.resolution = resolution;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** See {@link ClauseChecklists#suggest}. */
	ChecklistView suggest(String subjectType, UUID subjectId, CheckSuggestion suggestion) {
		ClauseChecklist checklist = this.checklists.findBySubjectTypeAndSubjectId(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("checklist " + subjectType + "/" + subjectId));
		Instant now = this.clock.instant();
		SuggestionSource source = SuggestionSource.of(suggestion, now);
		SuggestionSource current = checklist.getSuggestion();
		// a run's result does not change: the same run offered again (a retried
		// listener) changes nothing
		if (current != null && current.runId().equals(source.runId())) {
			return this.resolution.view(checklist);
		}
		int taken = checklist.suggest(source, EntrySuggestion.byItem(source.runId(), suggestion.items()));
		String actor = this.currentUsers.actorName();
		checklist.touch(actor, now);
		ClauseChecklist saved = this.resolution.save(checklist);
		this.events.publishEvent(new ChecklistChanged(subjectType, subjectId, "SUGGESTED",
				describe(source, saved, taken, (suggestion.items() != null) ? suggestion.items().size() : 0), actor));
		return this.resolution.view(saved);
	}

	private static String describe(SuggestionSource source, ClauseChecklist checklist, int taken, int offered) {
		Map<ClauseVerdict, Long> verdicts = checklist.entries()
			.stream()
			.filter((entry) -> entry.suggestion() != null)
			.collect(Collectors.groupingBy((entry) -> entry.suggestion().verdict(), Collectors.counting()));
		return "document " + source.document() + " (sha256 " + source.sha256() + ", run " + source.runId() + "): "
				+ taken + " of " + offered + " suggested, present " + verdicts.getOrDefault(ClauseVerdict.PRESENT, 0L)
				+ ", partial " + verdicts.getOrDefault(ClauseVerdict.PARTIAL, 0L) + ", absent "
				+ verdicts.getOrDefault(ClauseVerdict.ABSENT, 0L);
	}

	/**
	 * Keeps the reviewer's decisions on the items that carry the current suggestion. Call
	 * before the findings are recorded. A decision adds a row unless the latest one on
	 * the same run and item already says the same.
	 * @return what was labelled, for the audit trail
	 */
	List<String> label(ClauseChecklist checklist, List<ItemFinding> findings, String reviewer) {
		SuggestionSource source = checklist.getSuggestion();
		if (source == null) {
			return List.of();
		}
		Map<String, ClauseCheckLabel> latest = this.labels
			.findByRunIdAndSubjectTypeAndSubjectIdAndLatestTrue(source.runId(), checklist.getSubjectType(),
					checklist.getSubjectId())
			.stream()
			.collect(Collectors.toMap(ClauseCheckLabel::getRequirementId, Function.identity(), (a, b) -> a));
		Instant now = this.clock.instant();
		List<String> labelled = new ArrayList<>();
		for (ItemFinding finding : findings) {
			ChecklistEntry entry = checklist.entry(finding.requirementId());
			if (finding.verdict() == null || entry.suggestion() == null
					|| !source.runId().equals(entry.suggestion().runId())) {
				continue;
			}
			String article = ChecklistChecks.text(finding.article());
			ClauseCheckLabel previous = latest.get(entry.requirementId());
			if (previous != null && previous.sameDecision(finding.verdict(), article)) {
				continue;
			}
			if (previous != null) {
				previous.supersede();
			}
			ClauseCheckLabel label = this.labels
				.save(new ClauseCheckLabel(checklist, entry, finding.verdict(), article, reviewer, now));
			labelled.add(entry.requirementId() + (label.isCorrected() ? " corrected" : " confirmed"));
		}
		return labelled;
	}

}
