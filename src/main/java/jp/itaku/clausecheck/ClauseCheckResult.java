package jp.itaku.clausecheck;

import java.util.List;

/**
 * The outcome of one check.
 *
 * @param requirements one finding per contract-clause requirement, in requirements.tsv
 * order
 * @param articles how many numbered articles (第n条) the contract has
 * @param millis how long the check took, reading included
 * @param structure the contract as parsed, for showing the passages
 */
public record ClauseCheckResult(List<RequirementFinding> requirements, int articles, long millis,
		List<StructuredArticle> structure) {

	/**
	 * An article or section as parsed.
	 *
	 * @param label e.g. {@code 第8条}, {@code 別紙1}, {@code 前文}
	 * @param heading its 見出し, empty when none
	 * @param passages its 項 and 号 in order
	 */
	public record StructuredArticle(String label, String heading, List<Passage> passages) {

	}

	/**
	 * A 項's own text or one 号.
	 *
	 * @param label e.g. {@code 第8条第2項} or {@code 第8条第2項第3号}
	 * @param text its text
	 * @param item whether it is a 号
	 */
	public record Passage(String label, String text, boolean item) {

	}

}
