package jp.itaku.clause;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.itaku.clause.CheckSuggestion.SuggestedFinding;

/**
 * What the automatic check suggested for one checklist item: a hint for the reviewer,
 * never a finding. Immutable.
 */
@Embeddable
class EntrySuggestion {

	@Column(name = "suggestion_run_id")
	private UUID runId;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_verdict", length = 20)
	private ClauseVerdict verdict;

	@Column(name = "suggested_article", length = 60)
	private String article;

	@Column(name = "suggested_confidence")
	private Double confidence;

	protected EntrySuggestion() {
	}

	EntrySuggestion(UUID runId, ClauseVerdict verdict, String article, double confidence) {
		this.runId = runId;
		this.verdict = verdict;
		this.article = article;
		this.confidence = confidence;
	}

	/**
	 * The suggestions a check made, by item: the first per item, only the verdicts a
	 * check can give (present, partial, absent), the article fitted to the checklist's
	 * column and the confidence to 0..1. Items the checklist does not know are left to
	 * the caller, which asks its entries.
	 */
	static Map<String, EntrySuggestion> byItem(UUID runId, List<SuggestedFinding> items) {
		Map<String, EntrySuggestion> byItem = new LinkedHashMap<>();
		if (items == null) {
			return byItem;
		}
		for (SuggestedFinding item : items) {
			if (item == null || item.requirementId() == null || item.verdict() == null
					|| item.verdict() == ClauseVerdict.NOT_APPLICABLE) {
				continue;
			}
			double confidence = Double.isNaN(item.confidence()) ? 0 : Math.min(1, Math.max(0, item.confidence()));
			byItem.putIfAbsent(item.requirementId(),
					new EntrySuggestion(runId, item.verdict(), fitted(item.article()), confidence));
		}
		return byItem;
	}

	private static String fitted(String article) {
		String text = ChecklistChecks.text(article);
		return (text != null && text.length() > ClauseChecklists.MAX_ARTICLE)
				? text.substring(0, ClauseChecklists.MAX_ARTICLE) : text;
	}

	UUID runId() {
		return this.runId;
	}

	ClauseVerdict verdict() {
		return this.verdict;
	}

	String article() {
		return this.article;
	}

	double confidence() {
		return (this.confidence != null) ? this.confidence : 0;
	}

}
