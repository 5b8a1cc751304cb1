package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.clausecheck.ContractDocument.Article;

/**
 * Splits normalised contract text into 前文, 第n条（見出し）, 別紙 / 別表 / 特記事項 sections; each
 * article's body goes to {@link ArticleBodyParser} for its 項 and 号. Works line by line,
 * as contracts are written: an article starts a line with 第n条, its 見出し in brackets after
 * the number or on the line before.
 */
final class StructureParser {

	private static final Pattern ARTICLE = Pattern.compile("^第(\\d{1,3})条(の\\d{1,2})?(?=$|[\\s(])(.*)$");

	private static final Pattern BRACKETED_HEADING = Pattern.compile("^\\s*\\(([^()]{1,40})\\)\\s*(.*)$");

	private static final Pattern HEADING_LINE = Pattern.compile("^\\(([^()。]{1,40})\\)$");

	private static final Pattern CHAPTER = Pattern.compile("^第\\d{1,2}[章節款](\\s.*)?$");

	private static final Pattern SECTION = Pattern.compile("^(別紙|別表|別記|別添|付属書|附属書)\\s*(第?\\d{1,2})?(.*)$");

	private static final int SHORT_LINE = 40;

	private StructureParser() {
	}

	static ContractDocument parse(String normalized) {
		List<Article> articles = new ArrayList<>();
		String section = "";
		String pendingHeading = "";
		int lastNumber = 0;
		Open open = new Open("前文", "", false);
		for (String raw : DecimalSections.rewrite(normalized).split("\n", -1)) {
			String line = raw.strip();
			if (line.isEmpty()) {
				open.lines.add("");
				continue;
			}
			Matcher heading = HEADING_LINE.matcher(line);
			if (heading.matches()) {
				pendingHeading = heading.group(1).strip();
				continue;
			}
			if (CHAPTER.matcher(line).matches()) {
				continue;
			}
			String sectionLabel = sectionLabel(line, articles.isEmpty() && !open.numbered);
			if (sectionLabel != null && sectionLabel.equals("特記事項") && open.isFreshSection(section)) {
				// 「別記」 and on the next line 「個人情報取扱特記事項」: the title of the annex just
				// opened
				continue;
			}
			if (sectionLabel != null) {
				open.close(articles);
				section = sectionLabel;
				lastNumber = 0;
				String title = line.substring(Math.min(line.length(), sectionTitleStart(line)))
					.replaceAll("^[\\s:：]+", "");
				open = new Open(section, title, false);
				pendingHeading = "";
				continue;
			}
			Matcher article = ARTICLE.matcher(line);
			if (article.matches() && startsArticle(article, lastNumber)) {
				open.close(articles);
				lastNumber = Integer.parseInt(article.group(1));
				String label = section + "第" + article.group(1) + "条"
						+ ((article.group(2) != null) ? article.group(2) : "");
				String rest = article.group(3).strip();
				String title = pendingHeading;
				Matcher bracketed = BRACKETED_HEADING.matcher(rest);
				if (bracketed.matches()) {
					title = bracketed.group(1).strip();
					rest = bracketed.group(2).strip();
				}
				else if (!rest.isEmpty() && rest.length() <= 20 && !rest.contains("。") && !rest.contains("、")) {
					// 「第1条 目的」: a short line without punctuation names the article
					title = rest;
					rest = "";
				}
				open = new Open(label, title, true);
				if (!rest.isEmpty()) {
					open.lines.add(rest);
				}
				pendingHeading = "";
				continue;
			}
			if (!pendingHeading.isEmpty()) {
				// a bracketed line not followed by an article was text after all
				open.lines.add("(" + pendingHeading + ")");
				pendingHeading = "";
			}
			open.lines.add(line);
		}
		open.close(articles);
		return new ContractDocument(List.copyOf(articles));
	}

	private static boolean startsArticle(Matcher article, int lastNumber) {
		int number = Integer.parseInt(article.group(1));
		String rest = article.group(3).strip();
		// 「第3条の規定にかかわらず」 starts a sentence, not an article: numbers only go up
		return (number > lastNumber || article.group(2) != null) && !rest.startsWith("第");
	}

	private static String sectionLabel(String line, boolean beforeAnyArticle) {
		if (line.length() > SHORT_LINE || line.contains("。") || beforeAnyArticle) {
			return null;
		}
		Matcher matcher = SECTION.matcher(line);
		if (matcher.matches()) {
			String number = (matcher.group(2) != null) ? matcher.group(2).replace("第", "") : "";
			String rest = matcher.group(3).strip();
			// 「別紙のとおり」 refers to an annex; a heading has a number, a title or nothing
			if (rest.startsWith("の") || rest.startsWith("に") || rest.startsWith("を")) {
				return null;
			}
			return matcher.group(1) + number;
		}
		if (line.contains("特記事項") && !line.startsWith("第")) {
			return "特記事項";
		}
		return null;
	}

	private static int sectionTitleStart(String line) {
		Matcher matcher = SECTION.matcher(line);
		return matcher.matches() ? matcher.start(3) : 0;
	}

	/** The article being read: its lines wait until the next article starts. */
	private static final class Open {

		final String label;

		final String heading;

		final boolean numbered;

		final List<String> lines = new ArrayList<>();

		Open(String label, String heading, boolean numbered) {
			this.label = label;
			this.heading = heading;
			this.numbered = numbered;
		}

		boolean isFreshSection(String section) {
			return !section.isEmpty() && this.label.equals(section) && !this.numbered
					&& this.lines.stream().allMatch(String::isEmpty);
		}

		void close(List<Article> articles) {
			boolean empty = this.lines.stream().allMatch(String::isEmpty);
			if (empty && !this.numbered) {
				return;
			}
			articles.add(new Article(this.label, this.heading, this.numbered,
					ArticleBodyParser.paragraphs(this.label, this.heading, this.lines)));
		}

	}

}
