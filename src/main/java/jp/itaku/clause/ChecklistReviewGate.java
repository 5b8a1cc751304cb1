package jp.itaku.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractReviewGate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A contract cannot be marked reviewed (確認済) while an applicable required item is not
 * reviewed, or found absent or partial and not resolved by an amendment or an approved
 * exception (規程 4.2, 4.3(1)).
 */
@Component
class ChecklistReviewGate implements ContractReviewGate {

	private final ClauseChecklists checklists;

	private final MessageSource messages;

	ChecklistReviewGate(ClauseChecklists checklists, MessageSource messages) {
		this.checklists = checklists;
		this.messages = messages;
	}

	@Override
	public List<String> openPoints(UUID contractId) {
		return this.checklists.find(ChecklistSubject.CONTRACT, contractId)
			.map(this::openPoints)
			.orElseGet(() -> List
				.of(this.messages.getMessage("clause.gate.noChecklist", null, LocaleContextHolder.getLocale())));
	}

	private List<String> openPoints(ChecklistView checklist) {
		List<String> points = new ArrayList<>();
		List<String> unreviewed = checklist.items()
			.stream()
			.filter(ChecklistItemView::unreviewed)
			.map(ChecklistItemView::requirementId)
			.toList();
		if (!unreviewed.isEmpty()) {
			points.add(message("clause.gate.unreviewed", unreviewed.size(), String.join(", ", unreviewed)));
		}
		for (ChecklistItemView item : checklist.items()) {
			if (item.unresolved()) {
				String verdict = message("clause.verdict." + item.verdict());
				points.add(message(
						(item.correctiveActionId() != null) ? "clause.gate.correcting" : "clause.gate.unresolved",
						item.requirementId(), verdict));
			}
		}
		return points;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
