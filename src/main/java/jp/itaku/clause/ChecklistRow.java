package jp.itaku.clause;

import jp.itaku.corrective.CorrectiveActionSummary;

/**
 * One item of a checklist as the screen shows it, with the regulation's text.
 *
 * @param typedVerdict the verdict to show selected (what the user typed, after a refused
 * save, else the recorded one), as text
 * @param action the corrective action opened for it, or null
 * @param articleHint whether the article does not follow the form 第n条第m項 (a hint)
 */
record ChecklistRow(String requirementId, String section, String text, ChecklistItemView item, String typedVerdict,
		String typedArticle, String typedNote, CorrectiveActionSummary action, boolean articleHint) {

	/** The verdict's message key suffix, {@code none} while not reviewed. */
	public String verdictCode() {
		return (this.item.verdict() != null) ? this.item.verdict().name() : "none";
	}

	/**
	 * The matrix symbol: ○ present, △ partial, × absent, − not applicable, ? not
	 * reviewed.
	 */
	public String symbol() {
		return ChecklistSymbols.of(this.item);
	}

	public boolean needsCorrection() {
		return this.item.unresolved() && this.action == null;
	}

}
