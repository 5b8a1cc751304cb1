package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands a concept written as plain wording with alternatives and optional groups
 * ({@code 第三者に(委託|委任)}, {@code 保守(を|の)?終了}) into the list of literal phrases it stands
 * for, so that it can be found with {@code indexOf}; anything else a regular expression
 * can say (., [], {}, *, +, escapes) is left to the regular expression.
 */
final class Wording {

	private static final int MAX_PHRASES = 256;

	private final String source;

	private int at;

	private Wording(String source) {
		this.source = source;
	}

	/** The phrases, or empty when the pattern is more than wording. */
	static Optional<List<String>> phrases(String pattern) {
		Wording wording = new Wording(pattern);
		List<String> phrases = wording.alternation();
		if (phrases == null || wording.at != pattern.length() || phrases.contains("")) {
			return Optional.empty();
		}
		return Optional.of(phrases);
	}

	private List<String> alternation() {
		List<String> all = new ArrayList<>();
		while (true) {
			List<String> sequence = sequence();
			if (sequence == null) {
				return null;
			}
			all.addAll(sequence);
			if (this.at < this.source.length() && this.source.charAt(this.at) == '|') {
				this.at++;
				continue;
			}
			return (all.size() <= MAX_PHRASES) ? all : null;
		}
	}

	private List<String> sequence() {
		List<String> phrases = new ArrayList<>(List.of(""));
		while (this.at < this.source.length()) {
			char c = this.source.charAt(this.at);
			List<String> part;
			if (c == '|' || c == ')') {
				return phrases;
			}
			if (c == '(') {
				this.at++;
				part = alternation();
				if (part == null || this.at >= this.source.length() || this.source.charAt(this.at) != ')') {
					return null;
				}
				this.at++;
			}
			else if ("\\^$.?*+[]{}".indexOf(c) >= 0) {
				return null;
			}
			else {
				part = List.of(String.valueOf(c));
				this.at++;
			}
			if (this.at < this.source.length() && this.source.charAt(this.at) == '?') {
				this.at++;
				part = new ArrayList<>(part);
				part.add("");
			}
			List<String> product = new ArrayList<>();
			for (String head : phrases) {
				for (String tail : part) {
					product.add(head + tail);
				}
			}
			if (product.size() > MAX_PHRASES) {
				return null;
			}
			phrases = product;
		}
		return phrases;
	}

}
