package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.clausecheck.ContractDocument.Article;
import jp.itaku.clausecheck.ContractDocument.Item;
import jp.itaku.clausecheck.ContractDocument.Paragraph;

/**
 * A parsed contract cut into sentences, each with the label of the 項 or 号 it stands in
 * and its moods, so that the rules of all 37 items run over one analysis. Which sentences
 * a concept matches is worked out once per concept and kept.
 */
final class AnalysedContract {

	private final ContractDocument document;

	private final List<Sentence> sentences = new ArrayList<>();

	private final List<String> headings = new ArrayList<>();

	private final List<int[]> paragraphRanges = new ArrayList<>();

	private final List<int[]> articleRanges = new ArrayList<>();

	private final Map<Pattern, BitSet> sentenceMatches = new HashMap<>();

	private final Map<Pattern, BitSet> headingMatches = new HashMap<>();

	// every sentence on its own line, so that a concept is searched once over the whole
	// contract and each hit mapped back to its sentence
	private final StringBuilder joined = new StringBuilder();

	private int[] starts = new int[0];

	private String text;

	/**
	 * One sentence.
	 *
	 * @param text its text
	 * @param label the 項 or 号 it stands in, e.g. {@code 第8条第2項第3号}
	 * @param article index of its article in {@link ContractDocument#articles()}
	 * @param paragraph index of its paragraph over the whole contract
	 * @param moods what its predicate does, see {@link Moods}
	 */
	record Sentence(String text, String label, int article, int paragraph, Set<String> moods) {

	}

	private final Spelling spelling;

	AnalysedContract(ContractDocument document, Moods moods, Spelling spelling) {
		this.document = document;
		this.spelling = spelling;
		int paragraphIndex = 0;
		for (int a = 0; a < document.articles().size(); a++) {
			Article article = document.articles().get(a);
			this.headings.add(spelling.fold(article.heading()));
			int articleStart = this.sentences.size();
			for (Paragraph paragraph : article.paragraphs()) {
				int start = this.sentences.size();
				add(paragraph.lead(), paragraph.label(), a, paragraphIndex, moods);
				for (Item item : paragraph.items()) {
					add(item.text(), item.label(), a, paragraphIndex, moods);
				}
				this.paragraphRanges.add(new int[] { start, this.sentences.size() });
				paragraphIndex++;
			}
			this.articleRanges.add(new int[] { articleStart, this.sentences.size() });
		}
	}

	private void add(String text, String label, int article, int paragraph, Moods moods) {
		for (String sentence : split(text)) {
			this.sentences.add(new Sentence(sentence, label, article, paragraph, moods.of(sentence)));
			if (this.starts.length < this.sentences.size()) {
				this.starts = Arrays.copyOf(this.starts, Math.max(16, this.starts.length * 2));
			}
			this.starts[this.sentences.size() - 1] = this.joined.length();
			// concepts are searched in the folded spelling (漏洩 → 漏えい), excerpts keep the
			// text
			this.joined.append(this.spelling.fold(sentence.replace('\n', ' '))).append('\n');
		}
	}

	/**
	 * The text cut after each 。 that is not inside brackets (「…を含む。」 stays in its
	 * sentence), keeping the 。; nothing blank.
	 */
	static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		int from = 0;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '「' || c == '『') {
				depth++;
			}
			else if ((c == ')' || c == '」' || c == '』') && depth > 0) {
				depth--;
			}
			else if (c == '。' && depth == 0) {
				addPart(parts, text.substring(from, i + 1));
				from = i + 1;
			}
		}
		addPart(parts, text.substring(from));
		return parts;
	}

	private static void addPart(List<String> parts, String part) {
		String stripped = part.strip();
		if (!stripped.isEmpty()) {
			parts.add(stripped);
		}
	}

	ContractDocument document() {
		return this.document;
	}

	List<Sentence> sentences() {
		return this.sentences;
	}

	Sentence sentence(int index) {
		return this.sentences.get(index);
	}

	int[] paragraphRange(int paragraph) {
		return this.paragraphRanges.get(paragraph);
	}

	int paragraphCount() {
		return this.paragraphRanges.size();
	}

	int[] articleRange(int article) {
		return this.articleRanges.get(article);
	}

	int articleCount() {
		return this.articleRanges.size();
	}

	/** Whether the concept's pattern occurs in the sentence. */
	boolean matches(Pattern concept, int sentence) {
		return this.sentenceMatches.computeIfAbsent(concept, this::search).get(sentence);
	}

	/**
	 * The sentences where the pattern occurs. Most concepts are plain wording
	 * (秘密情報|機密情報): those are found with {@code indexOf}, far faster than a regular
	 * expression of many alternatives; the others run once over the whole contract.
	 */
	private BitSet search(Pattern pattern) {
		BitSet bits = new BitSet(this.sentences.size());
		if (this.text == null) {
			this.text = this.joined.toString();
		}
		String text = this.text;
		Optional<List<String>> phrases = Wording.phrases(pattern.pattern());
		if (phrases.isPresent()) {
			for (String literal : phrases.get()) {
				int at = text.indexOf(literal);
				while (at >= 0) {
					int sentence = sentenceAt(at);
					bits.set(sentence);
					at = text.indexOf(literal, nextStart(sentence));
				}
			}
			return bits;
		}
		Matcher matcher = pattern.matcher(text);
		int from = 0;
		while (from < text.length() && matcher.find(from)) {
			int sentence = sentenceAt(matcher.start());
			bits.set(sentence);
			from = nextStart(sentence);
		}
		return bits;
	}

	private int sentenceAt(int offset) {
		int found = Arrays.binarySearch(this.starts, 0, this.sentences.size(), offset);
		return (found >= 0) ? found : -found - 2;
	}

	private int nextStart(int sentence) {
		return (sentence + 1 < this.sentences.size()) ? this.starts[sentence + 1] : this.joined.length();
	}

	/** Whether the concept's pattern occurs in the article's 見出し. */
	boolean headingMatches(Pattern concept, int article) {
		return this.headingMatches.computeIfAbsent(concept, (pattern) -> {
			BitSet bits = new BitSet(this.headings.size());
			for (int i = 0; i < this.headings.size(); i++) {
				if (pattern.matcher(this.headings.get(i)).find()) {
					bits.set(i);
				}
			}
			return bits;
		}).get(article);
	}

}
