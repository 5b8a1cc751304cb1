package jp.itaku.clause;

/**
 * The automatic check's suggestion for one checklist item (issue 7): a hint that the
 * reviewer confirms or corrects by recording a finding, never a finding itself.
 *
 * @param verdict present, partial or absent
 * @param article where the check found it, e.g. {@code 第8条第2項}, or {@code null}
 * @param confidence 0..1
 * @param link the item's passage in the check's highlighted view, or {@code null}
 */
public record ItemSuggestion(ClauseVerdict verdict, String article, double confidence, String link) {

	/** The confidence in whole percent, as screens show it. */
	public int percent() {
		return (int) Math.round(this.confidence * 100);
	}

}
