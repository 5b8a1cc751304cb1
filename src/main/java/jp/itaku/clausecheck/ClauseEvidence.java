package jp.itaku.clausecheck;

/**
 * Where a verdict comes from.
 *
 * @param article the 条・項・号 (or 別紙, 前文) of the passage, e.g. {@code 第8条第2項第3号}
 * @param excerpt the sentence that matched
 * @param rule which rule of the rule files matched, e.g.
 * {@code R01 prohibited-unless-consent}
 */
public record ClauseEvidence(String article, String excerpt, String rule) {

}
