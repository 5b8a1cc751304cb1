package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.itaku.clausecheck.ClauseCheckResult.Passage;
import jp.itaku.clausecheck.ClauseCheckResult.StructuredArticle;
import jp.itaku.clausecheck.PassageHighlights.PassageView;

/**
 * What the screens show of a check: the findings and the contract's structure, each
 * passage split around the sentences the findings cite ({@link PassageHighlights}), so
 * that the templates mark them without unescaped HTML.
 */
record ClauseCheckPage(List<FindingRow> findings, List<ArticleView> articles, int articleCount, long millis,
		long present, long partial, long absent) {

	static ClauseCheckPage of(ClauseCheckResult result) {
		List<FindingRow> rows = new ArrayList<>();
		for (RequirementFinding finding : result.requirements()) {
			List<EvidenceLink> links = finding.evidence()
				.stream()
				.map((evidence) -> new EvidenceLink(evidence.article(), evidence.excerpt(), evidence.rule(),
						PassageHighlights.anchor(evidence.article())))
				.toList();
			rows.add(new FindingRow(finding.id(), finding.verdict().name().toLowerCase(Locale.ROOT),
					Math.round(finding.confidence() * 100), links));
		}
		PassageHighlights highlights = new PassageHighlights(result.requirements());
		List<ArticleView> articles = new ArrayList<>();
		for (StructuredArticle article : result.structure()) {
			List<PassageView> passages = new ArrayList<>();
			for (Passage passage : article.passages()) {
				passages.add(highlights.view(passage));
			}
			articles.add(new ArticleView(article.label(), article.heading(), List.copyOf(passages)));
		}
		long present = rows.stream().filter((row) -> row.verdict().equals("present")).count();
		long partial = rows.stream().filter((row) -> row.verdict().equals("partial")).count();
		return new ClauseCheckPage(List.copyOf(rows), List.copyOf(articles), result.articles(), result.millis(),
				present, partial, rows.size() - present - partial);
	}

	/** One requirement's row; {@code confidence} in percent. */
	record FindingRow(String id, String verdict, long confidence, List<EvidenceLink> evidence) {

		/** Whether the page holds a passage to jump to ({@code #id}). */
		public boolean located() {
			return !this.verdict.equals("absent") && !this.evidence.isEmpty();
		}

	}

	/** A piece of evidence with the id of its passage on the page. */
	record EvidenceLink(String article, String excerpt, String rule, String anchor) {

	}

	/** An article with its passages. */
	record ArticleView(String label, String heading, List<PassageView> passages) {

	}

}
