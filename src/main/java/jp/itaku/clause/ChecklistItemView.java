package jp.itaku.clause;

import java.util.UUID;

/**
 * One item of a checklist as screens and other modules read it.
 *
 * @param requirementId the item's id, e.g. {@code N08}
 * @param applicable whether the applicability matrix says it applies to the subject
 * @param verdict what the reviewer found, {@code null} while not yet reviewed
 * @param article where the contract holds it, e.g. {@code 第12条第2項}, or {@code null}
 * @param note the reviewer's note, or {@code null}
 * @param resolved whether it needs nothing more: present, judged not applicable, or
 * missing/partial but corrected by a verified corrective action (an amendment) or covered
 * by an approved exception
 * @param correctiveActionId the corrective action opened for it, or {@code null}
 * @param suggestion the automatic check's current suggestion for it (issue 7), or
 * {@code null}; it never counts as a finding
 */
public record ChecklistItemView(String requirementId, boolean applicable, ClauseVerdict verdict, String article,
		String note, boolean resolved, UUID correctiveActionId, ItemSuggestion suggestion) {

	/** Compact form with the fields agreed with the other modules. */
	public ChecklistItemView(String requirementId, boolean applicable, ClauseVerdict verdict, String article,
			String note, boolean resolved) {
		this(requirementId, applicable, verdict, article, note, resolved, null, null);
	}

	/** Whether it applies and nobody has recorded a finding yet. */
	public boolean unreviewed() {
		return this.applicable && this.verdict == null;
	}

	/** Whether the check suggested something for it and nobody has reviewed it yet. */
	public boolean suggestionPending() {
		return unreviewed() && this.suggestion != null;
	}

	/** Whether the recorded verdict differs from the check's current suggestion. */
	public boolean suggestionDiffers() {
		return this.verdict != null && this.suggestion != null && this.verdict != this.suggestion.verdict();
	}

	/** Whether it applies, was found absent or partial and is not resolved yet. */
	public boolean unresolved() {
		return this.applicable && this.verdict != null && !this.resolved;
	}

	/** The path of its corrective action's page, or {@code null}. */
	public String correctiveActionLink() {
		return (this.correctiveActionId != null) ? "/corrective-actions/" + this.correctiveActionId : null;
	}

}
