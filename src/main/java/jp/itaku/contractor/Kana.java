package jp.itaku.contractor;

/**
 * What a contractor's reading (フリガナ) may contain: full-width katakana and hiragana, the
 * long-vowel mark, spaces, and the letters, digits and middle dot of company names such
 * as ＡＢＣ・システムズ.
 */
final class Kana {

	/** For {@code @Pattern}: the whole value must consist of these characters. */
	static final String PATTERN = "^[\\p{IsHiragana}\\p{IsKatakana}ー・ 　A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*$";

	private Kana() {
	}

	static boolean isValid(String text) {
		return text != null && text.matches(PATTERN);
	}

}
