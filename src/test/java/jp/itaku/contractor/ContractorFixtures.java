package jp.itaku.contractor;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique test data: the tests share one application context and database, and 法人番号 must
 * be unique.
 */
final class ContractorFixtures {

	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

	private ContractorFixtures() {
	}

	/** A valid 法人番号 no other test uses (with near certainty). */
	static String corporateNumber() {
		StringBuilder base = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			base.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CorporateNumber.checkDigit(base.toString()) + base.toString();
	}

	/**
	 * A katakana reading no other test uses, so that a search finds exactly one record.
	 */
	static String uniqueKana() {
		StringBuilder kana = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			kana.append(KATAKANA.charAt(ThreadLocalRandom.current().nextInt(KATAKANA.length())));
		}
		return kana.toString();
	}

	/** The hiragana spelling of a katakana text. */
	static String hiragana(String katakana) {
		StringBuilder out = new StringBuilder();
		katakana.codePoints().forEach((cp) -> out.appendCodePoint((cp >= 0x30A1 && cp <= 0x30F6) ? cp - 0x60 : cp));
		return out.toString();
	}

}
