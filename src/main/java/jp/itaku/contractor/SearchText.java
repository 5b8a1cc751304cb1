package jp.itaku.contractor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What the register's search matches: name, kana (hiragana folded into katakana) and
 * 法人番号, NFKC-normalised, lower case, without spaces, so that ｶﾌﾞｼｷｶﾞｲｼｬ, かぶしきがいしゃ and
 * カブシキガイシャ find the same record.
 */
final class SearchText {

	private SearchText() {
	}

	static String of(String name, String kana, String corporateNumber) {
		return normalize(String.join("|", nullToEmpty(name), nullToEmpty(kana), nullToEmpty(corporateNumber)));
	}

	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints().forEach((cp) -> {
			if (Character.isWhitespace(cp) || cp == '\u3000') {
				return;
			}
			// ぁ..ゖ fold into ァ..ヶ
			if (cp >= 0x3041 && cp <= 0x3096) {
				out.appendCodePoint(cp + 0x60);
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
