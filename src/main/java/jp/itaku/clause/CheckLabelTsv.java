package jp.itaku.clause;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One reviewer decision as a line of the labelled-data TSV: the first four columns are
 * the corpus's label format (document, item, verdict, article), the rest say where the
 * label came from.
 */
final class CheckLabelTsv {

	static final String HEADER = String.join("\t", "document", "item", "verdict", "article", "suggested_verdict",
			"suggested_article", "corrected", "subject", "reviewer", "recorded_at");

	private CheckLabelTsv() {
	}

	static String line(CheckLabelView label, ZoneId zone) {
		return String.join("\t", cell(label.documentName()), label.requirementId(), word(label.verdict()),
				cell(label.article()), word(label.suggestedVerdict()), cell(label.suggestedArticle()),
				Boolean.toString(label.corrected()), label.subjectType() + "/" + label.subjectId(),
				cell(label.reviewer()), DateTimeFormatter.ISO_OFFSET_DATE_TIME
					.format(label.recordedAt().atZone(zone).truncatedTo(ChronoUnit.SECONDS)));
	}

	/** {@code present}, {@code partial}, {@code absent} or {@code not_applicable}. */
	static String word(ClauseVerdict verdict) {
		return (verdict != null) ? verdict.name().toLowerCase(Locale.ROOT) : "";
	}

	/** A value on one line in one column: tabs and line breaks become spaces. */
	static String cell(String value) {
		return (value != null) ? value.replaceAll("[\\t\\r\\n\\u2028\\u2029]", " ") : "";
	}

}
