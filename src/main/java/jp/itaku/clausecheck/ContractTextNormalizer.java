package jp.itaku.clausecheck;

import java.text.Normalizer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings contract text to one form before it is parsed: NFKC (full-width letters, digits
 * and spaces become ASCII, half-width katakana full-width), line ends unified, and 漢数字 in
 * article, paragraph and item numbers written in digits (第十二条 → 第12条, 第二十一条の二 → 第21条の2).
 * Circled numbers (①, ②) are kept, because they mark items and paragraphs and NFKC would
 * turn them into plain digits.
 */
final class ContractTextNormalizer {

	private static final String KANJI_DIGITS = "〇一二三四五六七八九";

	private static final Pattern NUMBERED = Pattern
		.compile("(第|別紙|別表|別表第|別紙第|附則第)([〇一二三四五六七八九十百千]+)(?=[条項号章節款の\\s(）)]|$)");

	private static final Pattern BRANCH = Pattern.compile("(\\d+条)の([〇一二三四五六七八九十百千]+)");

	// 「二十四時間以内」「年一回」「五年間」: periods and counts in 漢数字 read like digits
	private static final Pattern QUANTITY = Pattern
		.compile("(?<![〇一二三四五六七八九十百千])([〇一二三四五六七八九十百千]+)(?=時間|営業日|日|週間|か月|箇月|ヶ月|カ月|年|回|名|パーセント|%)");

	private ContractTextNormalizer() {
	}

	static String normalize(String raw) {
		String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\u000c", "\n");
		StringBuilder out = new StringBuilder(text.length());
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isCircledNumber(text.charAt(i))) {
				out.append(Normalizer.normalize(text.substring(from, i), Normalizer.Form.NFKC));
				out.append(text.charAt(i));
				from = i + 1;
			}
		}
		out.append(Normalizer.normalize(text.substring(from), Normalizer.Form.NFKC));
		String normalized = digitsInNumbers(out.toString());
		// PDF and Word leave trailing blanks and tabs that carry no meaning
		return normalized.replaceAll("[\\t\\u00a0 ]+\\n", "\n").replace('\t', ' ');
	}

	static boolean isCircledNumber(char c) {
		return (c >= '\u2460' && c <= '\u2473') || (c >= '\u3251' && c <= '\u325f');
	}

	/** The number a circled digit stands for (① → 1, ㉑ → 21). */
	static int circledValue(char c) {
		return (c <= '\u2473') ? c - '\u2460' + 1 : c - '\u3251' + 21;
	}

	private static String digitsInNumbers(String text) {
		String result = replace(NUMBERED, text, (m) -> m.group(1) + kanjiToNumber(m.group(2)));
		result = replace(BRANCH, result, (m) -> m.group(1) + "の" + kanjiToNumber(m.group(2)));
		return replace(QUANTITY, result, (m) -> String.valueOf(kanjiToNumber(m.group(1))));
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** 漢数字 to a number: 十二 → 12, 二十一 → 21, 百五 → 105, 一〇 → 10 (digit by digit). */
	static int kanjiToNumber(String kanji) {
		if (kanji.chars().allMatch((c) -> KANJI_DIGITS.indexOf(c) >= 0)) {
			int value = 0;
			for (char c : kanji.toCharArray()) {
				value = value * 10 + KANJI_DIGITS.indexOf(c);
			}
			return value;
		}
		int total = 0;
		int current = 0;
		for (char c : kanji.toCharArray()) {
			int digit = KANJI_DIGITS.indexOf(c);
			if (digit >= 0) {
				current = digit;
			}
			else {
				int unit = switch (c) {
					case '十' -> 10;
					case '百' -> 100;
					default -> 1000;
				};
				total += ((current == 0) ? 1 : current) * unit;
				current = 0;
			}
		}
		return total + current;
	}

}
