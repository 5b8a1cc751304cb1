package jp.itaku.clause;

import jp.itaku.corrective.CorrectiveActionProgressed;
import jp.itaku.corrective.CorrectiveActionStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows what changes a checklist from outside: a new applicability matrix re-derives
 * every checklist; a verified corrective action opened from a checklist resolves its
 * item. Synchronous, in the same transaction as the change that caused it.
 */
@Component
class ChecklistEvents {

	private final ClauseChecklists checklists;

	ChecklistEvents(ClauseChecklists checklists) {
		this.checklists = checklists;
	}

	@EventListener
	void matrixChanged(ClauseApplicabilityChanged event) {
		this.checklists.rederiveAll();
	}

	@EventListener
	void actionProgressed(CorrectiveActionProgressed event) {
		if (event.status() != CorrectiveActionStatus.VERIFIED) {
			return;
		}
		ChecklistCorrections.subjectOf(event.sourceType(), event.sourceId())
			.ifPresent((source) -> this.checklists.corrected(source.subjectType(), source.subjectId(),
					source.requirementId(), event.actionId()));
	}

}
