package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.itaku.clausecheck.ClauseCheckResult.Passage;
import jp.itaku.clausecheck.ClauseCheckResult.StructuredArticle;

/**
 * What the screen shows of a check: the findings and the contract's structure, each
 * passage split around the sentence that some finding cites, so that the template marks
 * it without unescaped HTML.
 */
record ClauseCheckPage(List<FindingRow> findings, List<ArticleView> articles, int articleCount, long millis,
		long present, long partial, long absent) {

	static ClauseCheckPage of(ClauseCheckResult result) {
		Map<String, List<String>> cited = new HashMap<>();
		List<FindingRow> rows = new ArrayList<>();
		for (RequirementFinding finding : result.requirements()) {
			List<EvidenceLink> links = finding.evidence()
				.stream()
				.map((evidence) -> new EvidenceLink(evidence.article(), evidence.excerpt(), evidence.rule(),
						PassageView.anchor(evidence.article())))
				.toList();
			rows.add(new FindingRow(finding.id(), finding.verdict().name().toLowerCase(Locale.ROOT),
					Math.round(finding.confidence() * 100), links));
			if (finding.verdict() != ClauseVerdict.ABSENT) {
				for (ClauseEvidence evidence : finding.evidence()) {
					cited.computeIfAbsent(evidence.article(), (label) -> new ArrayList<>()).add(finding.id());
				}
			}
		}
		Map<String, String> excerpts = new HashMap<>();
		result.requirements()
			.stream()
			.filter((finding) -> finding.verdict() != ClauseVerdict.ABSENT)
			.flatMap((finding) -> finding.evidence().stream())
			.forEach((evidence) -> excerpts.putIfAbsent(evidence.article(), evidence.excerpt()));
		List<ArticleView> articles = new ArrayList<>();
		for (StructuredArticle article : result.structure()) {
			List<PassageView> passages = new ArrayList<>();
			for (Passage passage : article.passages()) {
				passages.add(PassageView.of(passage, excerpts.get(passage.label()),
						cited.getOrDefault(passage.label(), List.of())));
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

	}

	/** A piece of evidence with the id of its passage on the page. */
	record EvidenceLink(String article, String excerpt, String rule, String anchor) {

	}

	/** An article with its passages. */
	record ArticleView(String label, String heading, List<PassageView> passages) {

	}

	/**
	 * A passage, its text split around the cited sentence ({@code marked} empty when
	 * none).
	 *
	 * @param anchor the element id the findings link to
	 * @param citedBy the requirement ids citing it
	 */
	record PassageView(String label, String anchor, boolean item, String before, String marked, String after,
			List<String> citedBy) {

		static PassageView of(Passage passage, String excerpt, List<String> citedBy) {
			String text = passage.text();
			String needle = (excerpt != null) ? excerpt.replaceFirst("…$", "") : null;
			int at = (needle != null && !needle.isEmpty()) ? text.indexOf(needle) : -1;
			String anchor = anchor(passage.label());
			if (at < 0) {
				return new PassageView(passage.label(), anchor, passage.item(), text, "", "", List.copyOf(citedBy));
			}
			return new PassageView(passage.label(), anchor, passage.item(), text.substring(0, at),
					text.substring(at, at + needle.length()), text.substring(at + needle.length()),
					List.copyOf(citedBy));
		}

		/**
		 * An element id for a label: its code points in hex, so any label is a safe id.
		 */
		static String anchor(String label) {
			StringBuilder id = new StringBuilder("p");
			label.codePoints().forEach((c) -> id.append('-').append(Integer.toHexString(c)));
			return id.toString();
		}

	}

}
