package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the decimal section numbers of translated contracts (「第5.2条」, or 「5.」 headings
 * with 「5.1」 sections) into the 第n条 and numbered 項 the {@link StructureParser} reads: the
 * whole part is the article, the decimal part the paragraph, as the corpus guide records
 * them. Bare decimal headings are only taken so in a text without any 第n条, where nothing
 * else can number the articles.
 */
final class DecimalSections {

	private static final Pattern DECIMAL_ARTICLE = Pattern.compile("^第(\\d{1,3})[.．](\\d{1,2})条\\s*(.*)$");

	private static final Pattern DECIMAL_SECTION = Pattern
		.compile("^(\\d{1,3})[.．](\\d{1,2})(?:\\s+|[.．]\\s*)(\\S.*)$");

	private static final Pattern HEADING = Pattern.compile("^(\\d{1,3})[.．]\\s*([^。、\\d][^。、]{0,29})$");

	private static final Pattern ANY_ARTICLE = Pattern.compile("(?m)^\\s*第\\d{1,3}条");

	private DecimalSections() {
	}

	static String rewrite(String normalized) {
		boolean bare = !ANY_ARTICLE.matcher(normalized).find();
		if (!normalized.contains(".") && !normalized.contains("．")) {
			return normalized;
		}
		String[] lines = normalized.split("\n", -1);
		List<String> out = new ArrayList<>(lines.length + 16);
		int article = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			Matcher decimalArticle = DECIMAL_ARTICLE.matcher(line);
			Matcher section = DECIMAL_SECTION.matcher(line);
			Matcher heading = HEADING.matcher(line);
			if (decimalArticle.matches()) {
				article = open(out, article, Integer.parseInt(decimalArticle.group(1)), "");
				out.add(decimalArticle.group(2) + " " + decimalArticle.group(3));
			}
			else if (bare && heading.matches() && sectionFollows(lines, i, heading.group(1))) {
				article = open(out, article, Integer.parseInt(heading.group(1)), heading.group(2).strip());
			}
			else if (bare && section.matches() && Integer.parseInt(section.group(1)) >= article) {
				article = open(out, article, Integer.parseInt(section.group(1)), "");
				out.add(section.group(2) + " " + section.group(3));
			}
			else {
				out.add(lines[i]);
			}
		}
		return String.join("\n", out);
	}

	// a new article line only when the whole part goes up; 5.1 and 5.2 stay in 第5条
	private static int open(List<String> out, int current, int number, String title) {
		if (number > current) {
			out.add("第" + number + "条" + (title.isEmpty() ? "" : " " + title));
		}
		return Math.max(current, number);
	}

	// 「1. 定義」 is a heading only when 「1.1」 comes before the next heading
	private static boolean sectionFollows(String[] lines, int at, String number) {
		for (int i = at + 1; i < lines.length && i <= at + 6; i++) {
			String line = lines[i].strip();
			Matcher section = DECIMAL_SECTION.matcher(line);
			if (section.matches()) {
				return section.group(1).equals(number);
			}
			if (!line.isEmpty() && HEADING.matcher(line).matches()) {
				return false;
			}
		}
		return false;
	}

}
