package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	AnalysedContract(ContractDocument document, Moods moods) {
		this.document = document;
		int paragraphIndex = 0;
		for (int a = 0; a < document.articles().size(); a++) {
			Article article = document.articles().get(a);
			this.headings.add(article.heading());
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
		return this.sentenceMatches.computeIfAbsent(concept, (pattern) -> {
			BitSet bits = new BitSet(this.sentences.size());
			for (int i = 0; i < this.sentences.size(); i++) {
				if (pattern.matcher(this.sentences.get(i).text()).find()) {
					bits.set(i);
				}
			}
			return bits;
		}).get(sentence);
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
