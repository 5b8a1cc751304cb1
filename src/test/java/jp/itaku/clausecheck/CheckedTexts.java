package jp.itaku.clausecheck;

import java.util.List;
import java.util.stream.Stream;

import jp.itaku.clausecheck.ContractDocument.Item;

/**
 * What the engine tests ask of a contract text: how it parses (the labels findings cite)
 * and how an item is judged with the shipped rule files. One checker for all of them, so
 * the rule files are read once.
 */
final class CheckedTexts {

	private static final ClauseChecks CHECKS = new ClauseChecks(ClauseCheckSettings.defaults());

	private CheckedTexts() {
	}

	/** The text normalised and split into its structure, as the check does. */
	static ContractDocument parse(String text) {
		return StructureParser.parse(ContractTextNormalizer.normalize(text));
	}

	/** The label of every 項 and 号, in document order. */
	static List<String> labels(ContractDocument document) {
		return document.paragraphs()
			.stream()
			.flatMap((paragraph) -> Stream.concat(Stream.of(paragraph.label()),
					paragraph.items().stream().map(Item::label)))
			.toList();
	}

	/** The whole check of a pasted text. */
	static ClauseCheckResult check(String text) {
		return CHECKS.check(text);
	}

	/** The finding on one requirement id. */
	static RequirementFinding finding(String text, String id) {
		return check(text).requirements().stream().filter((f) -> f.id().equals(id)).findFirst().orElseThrow();
	}

	/** The verdict on one requirement id. */
	static ClauseVerdict verdict(String text, String id) {
		return finding(text, id).verdict();
	}

}
