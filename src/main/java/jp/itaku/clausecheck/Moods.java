package jp.itaku.clausecheck;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a sentence does with its predicate: forbids (してはならない, 禁止する), permits (できる, 妨げない),
 * obliges (しなければならない, ものとする), makes an exception (この限りでない) or negates. Kuromoji turns the
 * sentence into its base forms (できません → できる ます ん), so the patterns in
 * {@code clausecheck/moods.rules} see one form for every conjugation.
 */
final class Moods {

	private final Map<String, Pattern> patterns;

	Moods(Map<String, Pattern> patterns) {
		this.patterns = new LinkedHashMap<>(patterns);
	}

	/** The names of the moods the sentence has, e.g. {@code [prohibits]}. */
	Set<String> of(String sentence) {
		String lemmas = lemmas(sentence);
		Set<String> moods = new TreeSet<>();
		this.patterns.forEach((name, pattern) -> {
			if (pattern.matcher(lemmas).find()) {
				moods.add(name);
			}
		});
		return moods;
	}

	Set<String> names() {
		return this.patterns.keySet();
	}

	/** The sentence as the base forms of its words, one space apart, punctuation kept. */
	static String lemmas(String sentence) {
		StringBuilder lemmas = new StringBuilder(sentence.length() + 16);
		// the dictionary is loaded once per JVM; a tokenizer itself is cheap but not
		// thread-safe, hence one per call
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
			tokenizer.setReader(new StringReader(sentence));
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				String form = base.getBaseForm();
				if (!lemmas.isEmpty()) {
					lemmas.append(' ');
				}
				lemmas.append((form != null) ? form : term);
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lemmas.toString();
	}

}
