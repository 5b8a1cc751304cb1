package jp.itaku.clause;

import java.util.List;
import java.util.UUID;

/**
 * What the automatic clause check (issue 7) read in one contract document, offered to a
 * checklist as suggestions for the reviewer to confirm or correct (規程 4.2). A suggestion
 * never counts as a finding: an item stays unreviewed until a reviewer records it.
 *
 * @param runId the check that produced it
 * @param documentName the checked document's file name
 * @param documentSha256 the document's SHA-256, hex
 * @param link the page that shows the check with each item's passage highlighted; an
 * item's passage is at {@code link + "#" + requirementId}
 * @param items one suggestion per contract-clause requirement id the check judged
 */
public record CheckSuggestion(UUID runId, String documentName, String documentSha256, String link,
		List<SuggestedFinding> items) {

	/**
	 * The check's verdict on one item.
	 *
	 * @param requirementId e.g. {@code N01}
	 * @param verdict {@link ClauseVerdict#PRESENT}, {@link ClauseVerdict#PARTIAL} or
	 * {@link ClauseVerdict#ABSENT}
	 * @param article where the check found it, e.g. {@code 第8条第2項}; empty when absent
	 * @param confidence 0..1
	 */
	public record SuggestedFinding(String requirementId, ClauseVerdict verdict, String article, double confidence) {

	}

}
