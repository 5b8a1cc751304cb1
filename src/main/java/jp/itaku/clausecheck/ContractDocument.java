package jp.itaku.clausecheck;

import java.util.List;

/**
 * A contract split into its structure: the 前文, each 条 (or 別紙 / 別表 / 特記事項 section) with
 * its 項 and 号.
 *
 * @param articles the articles and sections in document order, the 前文 first when there is
 * one
 */
record ContractDocument(List<Article> articles) {

	/** How many numbered articles (第n条) the contract has, sections' articles included. */
	int articleCount() {
		return (int) this.articles.stream().filter(Article::numbered).count();
	}

	/** Every paragraph of the contract in document order. */
	List<Paragraph> paragraphs() {
		return this.articles.stream().flatMap((article) -> article.paragraphs().stream()).toList();
	}

	/**
	 * An article (第8条), a section (別紙1, 特記事項) or the 前文.
	 *
	 * @param label how findings name it, e.g. {@code 第8条}, {@code 別紙1}, {@code 前文}
	 * @param heading its 見出し without brackets, empty when it has none
	 * @param numbered whether it is a 第n条
	 * @param paragraphs its 項 in order
	 */
	record Article(String label, String heading, boolean numbered, List<Paragraph> paragraphs) {

	}

	/**
	 * One 項 with its 号.
	 *
	 * @param label e.g. {@code 第8条第2項}, or {@code 第8条} when the article has one paragraph
	 * @param heading the article's 見出し, so that a rule may look at it
	 * @param lead the paragraph's own text (before its items)
	 * @param items its 号 in order
	 */
	record Paragraph(String label, String heading, String lead, List<Item> items) {

		/** The paragraph's whole text: its lead and every item, one per line. */
		String text() {
			if (this.items.isEmpty()) {
				return this.lead;
			}
			StringBuilder text = new StringBuilder(this.lead);
			for (Item item : this.items) {
				text.append('\n').append(item.text());
			}
			return text.toString();
		}

	}

	/**
	 * One 号 (or a イ/ロ under a 号).
	 *
	 * @param label e.g. {@code 第8条第2項第3号}, {@code 第8条第2項第3号イ}
	 * @param text its text
	 */
	record Item(String label, String text) {

	}

}
