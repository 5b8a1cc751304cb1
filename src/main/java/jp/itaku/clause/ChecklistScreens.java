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
	 * typed when a save was refused.
	 */
	ChecklistPage page(String subjectType, UUID subjectId, Map<String, String[]> typed, Locale locale) {
		ChecklistView view = this.checklists.find(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("checklist " + subjectType + "/" + subjectId));
		String link = this.checklists.linkOf(subjectType, subjectId);
		Map<String, List<ChecklistRow>> groups = new LinkedHashMap<>();
		for (ChecklistItemView item : view.items()) {
			Requirement requirement = this.requirements.find(item.requirementId()).orElseThrow();
			String[] input = (typed != null) ? typed.get(item.requirementId()) : null;
			String verdict = (input != null) ? input[0] : ((item.verdict() != null) ? item.verdict().name() : "");
			String article = (input != null) ? input[1] : item.article();
			String note = (input != null) ? input[2] : item.note();
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

	private CorrectiveActionSummary action(String subjectType, UUID subjectId, ChecklistItemView item) {
		return this.actions.ofSource(subjectType + ChecklistCorrections.SUFFIX, subjectId + ":" + item.requirementId())
			.stream()
			.filter((action) -> action.id().equals(item.correctiveActionId()))
			.findFirst()
			.orElse(null);
	}

}
