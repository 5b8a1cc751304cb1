package jp.itaku.clause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.itaku.corrective.CorrectiveActionSummary;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.regulation.Requirement;
import jp.itaku.regulation.Requirements;
import jp.itaku.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Builds the checklist screen's model from the facade, the regulation and the actions.
 */
@Component
class ChecklistScreens {

	private final ClauseChecklists checklists;

	private final Requirements requirements;

	private final CorrectiveActions actions;

	ChecklistScreens(ClauseChecklists checklists, Requirements requirements, CorrectiveActions actions) {
		this.checklists = checklists;
		this.requirements = requirements;
		this.actions = actions;
	}

	/**
	 * The page; {@code typed} (item → verdict, article, note) overlays what the user
	 * typed when a save was refused. Items not reviewed show the automatic check's
	 * suggestion, if any, pre-selected.
	 */
	ChecklistPage page(String subjectType, UUID subjectId, Map<String, String[]> typed, Locale locale) {
		ChecklistView view = this.checklists.find(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("checklist " + subjectType + "/" + subjectId));
		String link = this.checklists.linkOf(subjectType, subjectId);
		Map<String, List<ChecklistRow>> groups = new LinkedHashMap<>();
		for (ChecklistItemView item : view.items()) {
			Requirement requirement = this.requirements.find(item.requirementId()).orElseThrow();
			String[] input = (typed != null) ? typed.get(item.requirementId()) : null;
			if (input == null) {
				input = shown(item);
			}
			String verdict = input[0];
			String article = input[1];
			String note = input[2];
			CorrectiveActionSummary action = (item.correctiveActionId() != null) ? action(subjectType, subjectId, item)
					: null;
			groups.computeIfAbsent(item.requirementId().substring(0, 1), (letter) -> new ArrayList<>())
				.add(new ChecklistRow(item.requirementId(), requirement.section(),
						this.requirements.text(requirement, locale), item, verdict, article, note, action,
						!ChecklistChecks.recommendedForm(ChecklistChecks.text(article))));
		}
		List<ChecklistPage.Group> list = groups.entrySet()
			.stream()
			.map((entry) -> new ChecklistPage.Group(entry.getKey(), entry.getValue()))
			.toList();
		return new ChecklistPage(subjectType, subjectId, view.version(), link, list, view);
	}

	/**
	 * What the form shows for an item: its finding, or for an item nobody has reviewed
	 * the automatic check's suggestion, so that saving the form confirms it (issue 7).
	 */
	private static String[] shown(ChecklistItemView item) {
		if (item.suggestionPending()) {
			return new String[] { item.suggestion().verdict().name(), item.suggestion().article(), item.note() };
		}
		return new String[] { (item.verdict() != null) ? item.verdict().name() : "", item.article(), item.note() };
	}

	private CorrectiveActionSummary action(String subjectType, UUID subjectId, ChecklistItemView item) {
		return this.actions.ofSource(subjectType + ChecklistCorrections.SUFFIX, subjectId + ":" + item.requirementId())
			.stream()
			.filter((action) -> action.id().equals(item.correctiveActionId()))
			.findFirst()
			.orElse(null);
	}

}
