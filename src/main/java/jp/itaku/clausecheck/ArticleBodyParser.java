package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.clausecheck.ContractDocument.Item;
import jp.itaku.clausecheck.ContractDocument.Paragraph;

/**
 * Splits one article's lines into 項 and 号. A 項 is numbered at the start of its line (2, ２
 * and ② read alike after normalisation) or, in an article without numbers, each bare
 * paragraph counts in order. A 号 starts with (1), ①, 一, ア or, under a 号, イ or ア. A line
 * without a marker continues the one before unless that ended a sentence in an article
 * whose paragraphs are bare.
 */
final class ArticleBodyParser {

	private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^(\\d{1,2})(?:\\s+|[.．]\\s*)(\\S.*)$");

	private static final Pattern PAREN_ITEM = Pattern.compile("^\\((\\d{1,2})\\)\\s*(.*)$");

	private static final Pattern KANJI_ITEM = Pattern.compile("^([一二三四五六七八九十]{1,3})[\\s、]\\s*(.*)$");

	private static final Pattern IROHA_ITEM = Pattern.compile("^([イロハニホヘトチリヌルヲワカヨタレソツネナラム])\\s+(.*)$");

	private static final String AIUEO = "アイウエオカキクケコサシスセソタチツテト";

	// 公用文 style: ア, イ, ウ (or (ア)) as 号, or under a (1) item
	private static final Pattern AIUEO_ITEM = Pattern.compile("^\\(?([" + AIUEO + "])[)\\s]\\s*(.*)$");

	private static final Pattern ITEMS_FOLLOW = Pattern.compile("(次の|次に掲げる|以下の各号|以下のとおり|以下に掲げる|[:：]$)");

	private ArticleBodyParser() {
	}

	static List<Paragraph> paragraphs(String articleLabel, String heading, List<String> lines) {
		Builder builder = new Builder(articleLabel, heading, numberedStyle(lines));
		for (String line : lines) {
			builder.line(line);
		}
		return builder.finish();
	}

	private static boolean numberedStyle(List<String> lines) {
		for (String line : lines) {
			Matcher number = PARAGRAPH_NUMBER.matcher(line);
			if ((number.matches() && number.group(1).equals("2")) || line.startsWith("②")) {
				return true;
			}
		}
		return false;
	}

	/** Collects the paragraphs while the lines come in. */
	private static final class Builder {

		private final String articleLabel;

		private final String heading;

		private final boolean numbered;

		private final List<Draft> drafts = new ArrayList<>();

		private Draft current;

		private String previous = "";

		Builder(String articleLabel, String heading, boolean numbered) {
			this.articleLabel = articleLabel;
			this.heading = heading;
			this.numbered = numbered;
		}

		void line(String line) {
			if (line.isEmpty()) {
				this.previous = (this.numbered) ? this.previous : "。";
				return;
			}
			if (!marked(line)) {
				boolean sentenceEnded = this.previous.endsWith("。") || this.previous.endsWith("。)");
				if (this.current == null || (!this.numbered && sentenceEnded && !this.articleLabel.equals("前文"))) {
					startParagraph(line);
				}
				else {
					this.current.append(line);
				}
			}
			this.previous = line;
		}

		private boolean marked(String line) {
			char first = line.charAt(0);
			boolean expectsItems = this.current != null && this.current.expectsItems();
			if (ContractTextNormalizer.isCircledNumber(first)) {
				int value = ContractTextNormalizer.circledValue(first);
				String rest = line.substring(1).strip();
				boolean circledItems = this.current != null && "circled".equals(this.current.itemStyle);
				if (this.current == null || (!expectsItems && !circledItems && this.drafts.size() + 1 >= value)) {
					startParagraph(rest);
				}
				else {
					this.current.item("circled", value + "", rest);
				}
				return true;
			}
			Matcher paren = PAREN_ITEM.matcher(line);
			if (paren.matches() && this.current != null) {
				this.current.item("paren", paren.group(1), paren.group(2));
				return true;
			}
			Matcher number = PARAGRAPH_NUMBER.matcher(line);
			if (number.matches()) {
				int value = Integer.parseInt(number.group(1));
				if (expectsItems && "digit".equals(this.current.itemStyleOr("digit"))) {
					this.current.item("digit", value + "", number.group(2));
					return true;
				}
				if (value == this.drafts.size() + 1 || (value == 1 && this.drafts.isEmpty())
						|| (value == 2 && this.drafts.isEmpty())) {
					startParagraph(number.group(2));
					return true;
				}
			}
			Matcher kanji = KANJI_ITEM.matcher(line);
			if (kanji.matches() && this.current != null) {
				this.current.item("kanji", ContractTextNormalizer.kanjiToNumber(kanji.group(1)) + "", kanji.group(2));
				return true;
			}
			Matcher aiueo = AIUEO_ITEM.matcher(line);
			if (aiueo.matches() && this.current != null) {
				if (!this.current.hasItems() && this.current.expectsItems() || "aiueo".equals(this.current.itemStyle)) {
					this.current.item("aiueo", (AIUEO.indexOf(aiueo.group(1)) + 1) + "", aiueo.group(2));
					return true;
				}
				if (this.current.hasItems() && !aiueo.group(1).equals("イ")) {
					this.current.subItem(aiueo.group(1), aiueo.group(2));
					return true;
				}
			}
			Matcher iroha = IROHA_ITEM.matcher(line);
			if (iroha.matches() && this.current != null && this.current.hasItems()) {
				this.current.subItem(iroha.group(1), iroha.group(2));
				return true;
			}
			return false;
		}

		private void startParagraph(String text) {
			if (this.drafts.isEmpty() && this.current == null && text.isEmpty()) {
				return;
			}
			this.current = new Draft(text);
			this.drafts.add(this.current);
		}

		List<Paragraph> finish() {
			List<Paragraph> paragraphs = new ArrayList<>();
			boolean single = this.drafts.size() == 1 || this.articleLabel.equals("前文");
			for (int i = 0; i < this.drafts.size(); i++) {
				String label = single ? this.articleLabel : this.articleLabel + "第" + (i + 1) + "項";
				paragraphs.add(this.drafts.get(i).toParagraph(label, this.heading));
			}
			return List.copyOf(paragraphs);
		}

	}

	/** A paragraph while its lines come in. */
	private static final class Draft {

		private final StringBuilder lead;

		private final List<String[]> items = new ArrayList<>();

		private String itemStyle;

		Draft(String text) {
			this.lead = new StringBuilder(text);
		}

		boolean expectsItems() {
			return this.items.isEmpty() ? ITEMS_FOLLOW.matcher(this.lead).find() : true;
		}

		boolean hasItems() {
			return !this.items.isEmpty();
		}

		String itemStyleOr(String fallback) {
			return (this.itemStyle != null) ? this.itemStyle : fallback;
		}

		void item(String style, String number, String text) {
			if (this.itemStyle == null) {
				this.itemStyle = style;
			}
			this.items.add(new String[] { "第" + number + "号", text });
		}

		void subItem(String letter, String text) {
			String[] parent = this.items.get(this.items.size() - 1);
			String base = parent[0].replaceAll("[\\u30a1-\\u30f6]$", "");
			this.items.add(new String[] { base + letter, text });
		}

		void append(String line) {
			StringBuilder target = this.items.isEmpty() ? this.lead : null;
			if (target != null) {
				join(target, line);
			}
			else {
				String[] last = this.items.get(this.items.size() - 1);
				StringBuilder text = new StringBuilder(last[1]);
				join(text, line);
				last[1] = text.toString();
			}
		}

		private static void join(StringBuilder text, String line) {
			// a PDF wraps Japanese lines anywhere; only Latin words need the space back
			if (text.length() > 0 && isLatin(text.charAt(text.length() - 1)) && isLatin(line.charAt(0))) {
				text.append(' ');
			}
			text.append(line);
		}

		private static boolean isLatin(char c) {
			return c < 0x80 && Character.isLetterOrDigit(c);
		}

		Paragraph toParagraph(String label, String heading) {
			List<Item> converted = new ArrayList<>();
			for (String[] item : this.items) {
				converted.add(new Item(label + item[0], item[1]));
			}
			return new Paragraph(label, heading, this.lead.toString(), List.copyOf(converted));
		}

	}

}
