package jp.itaku.clausecheck;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The numbers Word draws in front of list paragraphs ({@code w:numPr}): they are not in
 * the paragraph's text, so a contract whose 第n条, 項 and 号 come from list numbering would
 * lose its structure. Renders each level's {@code lvlText} (「第%1条」, 「%2」, 「(%3)」) with a
 * counter per list and level, restarting the lower levels when a higher one advances, in
 * the level's format (decimal, full-width, 漢数字, ①, ア, イ, letters, roman).
 */
final class DocxNumbering {

	private static final int LEVELS = 9;

	private static final String AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

	private static final String IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

	private static final String KANJI = "〇一二三四五六七八九";

	private static final String CIRCLED_21 = "㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿";

	private final XWPFNumbering numbering;

	// per list (numId): the current count of each level, 0 = not started yet
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	DocxNumbering(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	/** The number Word shows before the paragraph, with a space after it, or "". */
	String label(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		if (this.numbering == null || numId == null) {
			return "";
		}
		CTLvl[] levels = levels(numId);
		int level = (paragraph.getNumIlvl() != null) ? Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue()) : 0;
		if (levels[level] == null || levels[level].getLvlText() == null) {
			return "";
		}
		int[] counts = this.counters.computeIfAbsent(numId, (id) -> new int[LEVELS]);
		counts[level] = (counts[level] == 0) ? start(numId, levels[level], level) : counts[level] + 1;
		// a new 条 starts its 項 and 号 again from their first number
		Arrays.fill(counts, level + 1, LEVELS, 0);
		String template = levels[level].getLvlText().getVal();
		if (template == null) {
			return "";
		}
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < template.length(); i++) {
			char c = template.charAt(i);
			if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1'
					&& template.charAt(i + 1) <= '9') {
				int referenced = template.charAt(++i) - '1';
				int count = (counts[referenced] > 0) ? counts[referenced]
						: start(numId, levels[referenced], referenced);
				label.append(format(count, format(levels[referenced])));
			}
			else {
				label.append(c);
			}
		}
		return label.isEmpty() ? "" : label.append(' ').toString();
	}

	private CTLvl[] levels(BigInteger numId) {
		CTLvl[] levels = new CTLvl[LEVELS];
		XWPFNum num = this.numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return levels;
		}
		XWPFAbstractNum abstractNum = this.numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
		if (abstractNum == null) {
			return levels;
		}
		for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
			int at = lvl.getIlvl().intValue();
			if (at >= 0 && at < LEVELS) {
				levels[at] = lvl;
			}
		}
		// a list may redefine a level of the abstract list it uses
		for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
			int at = override.getIlvl().intValue();
			if (override.isSetLvl() && at >= 0 && at < LEVELS) {
				levels[at] = override.getLvl();
			}
		}
		return levels;
	}

	private int start(BigInteger numId, CTLvl lvl, int level) {
		XWPFNum num = this.numbering.getNum(numId);
		if (num != null) {
			for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
				if (override.getIlvl().intValue() == level && override.isSetStartOverride()) {
					return Math.max(1, override.getStartOverride().getVal().intValue());
				}
			}
		}
		return (lvl != null && lvl.isSetStart()) ? Math.max(1, lvl.getStart().getVal().intValue()) : 1;
	}

	private static String format(CTLvl lvl) {
		return (lvl != null && lvl.isSetNumFmt()) ? lvl.getNumFmt().getVal().toString() : "decimal";
	}

	/** One count written in Word's number format. */
	static String format(int count, String format) {
		return switch (format) {
			case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(count));
			case "japaneseCounting", "chineseCounting", "chineseCountingThousand", "japaneseLegal" -> kanji(count);
			case "japaneseDigitalTenThousand",
					"ideographDigital" ->
				String.valueOf(count)
					.chars()
					.mapToObj((c) -> String.valueOf(KANJI.charAt(c - '0')))
					.reduce("", String::concat);
			case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> circled(count);
			case "aiueo", "aiueoFullWidth" -> cyclic(AIUEO, count);
			case "iroha", "irohaFullWidth" -> cyclic(IROHA, count);
			case "lowerLetter" -> cyclic("abcdefghijklmnopqrstuvwxyz", count);
			case "upperLetter" -> cyclic("ABCDEFGHIJKLMNOPQRSTUVWXYZ", count);
			case "lowerRoman" -> roman(count).toLowerCase(java.util.Locale.ROOT);
			case "upperRoman" -> roman(count);
			case "none", "bullet" -> "";
			default -> String.valueOf(count);
		};
	}

	private static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		digits.chars().forEach((c) -> out.append((char) (c - '0' + '０')));
		return out.toString();
	}

	/** 漢数字 as contracts count: 一, 十, 十二, 二十一, 百五. */
	static String kanji(int count) {
		if (count <= 0 || count >= 1000) {
			return String.valueOf(count);
		}
		StringBuilder out = new StringBuilder();
		int hundreds = count / 100;
		int tens = (count / 10) % 10;
		int ones = count % 10;
		if (hundreds > 0) {
			out.append((hundreds > 1) ? String.valueOf(KANJI.charAt(hundreds)) : "").append('百');
		}
		if (tens > 0) {
			out.append((tens > 1) ? String.valueOf(KANJI.charAt(tens)) : "").append('十');
		}
		if (ones > 0) {
			out.append(KANJI.charAt(ones));
		}
		return out.toString();
	}

	private static String circled(int count) {
		if (count >= 1 && count <= 20) {
			return String.valueOf((char) ('\u2460' + count - 1));
		}
		if (count >= 21 && count <= 50) {
			return String.valueOf(CIRCLED_21.charAt(count - 21));
		}
		return String.valueOf(count);
	}

	private static String cyclic(String letters, int count) {
		return String.valueOf(letters.charAt((Math.max(1, count) - 1) % letters.length()));
	}

	private static String roman(int count) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = Math.max(1, Math.min(3999, count));
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(symbols[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

}
