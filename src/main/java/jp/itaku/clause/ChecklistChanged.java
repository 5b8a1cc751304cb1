package jp.itaku.clause;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * A required-clause checklist changed (規程 4.2): prepared or re-derived, findings
 * recorded, a corrective action opened for an item or an item corrected by its verified
 * action, the automatic check's suggestion taken, or a reviewer's decisions on it kept as
 * labelled data (issue 7).
 *
 * @param action {@code PREPARED}, {@code DERIVED}, {@code FINDINGS_RECORDED},
 * {@code CORRECTION_OPENED}, {@code CORRECTED}, {@code SUGGESTED} (changes name the
 * document and the counts) or {@code SUGGESTION_CONFIRMED} (a save that kept the findings
 * recorded before the suggestion; labelled items are also named in
 * {@code FINDINGS_RECORDED})
 */
public record ChecklistChanged(String subjectType, UUID subjectId, String action, String changes,
		String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "clause-checklist";
	}

	@Override
	public String recordId() {
		return this.subjectType + ":" + this.subjectId;
	}

}
