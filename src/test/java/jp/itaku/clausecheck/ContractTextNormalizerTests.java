package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalisation before parsing: NFKC, 漢数字 in numbers, circled numbers kept. */
class ContractTextNormalizerTests {

	@Test
	void writesKanjiArticleNumbersInDigits() {
		assertThat(ContractTextNormalizer.normalize("第十二条（目的）")).isEqualTo("第12条(目的)");
		assertThat(ContractTextNormalizer.normalize("第二十一条の二")).isEqualTo("第21条の2");
		assertThat(ContractTextNormalizer.normalize("第百五条 第三項 第一号")).isEqualTo("第105条 第3項 第1号");
	}

	@Test
	void turnsFullWidthDigitsLettersAndSpacesIntoAscii() {
		assertThat(ContractTextNormalizer.normalize("第１２条　ＣＶＳＳ７．０")).isEqualTo("第12条 CVSS7.0");
	}

	@Test
	void turnsHalfWidthKatakanaIntoFullWidth() {
		assertThat(ContractTextNormalizer.normalize("ｿｰｽｺｰﾄﾞ")).isEqualTo("ソースコード");
	}

	@Test
	void keepsCircledNumbersThatMarkParagraphsAndItems() {
		assertThat(ContractTextNormalizer.normalize("② 乙は、①及び③を行う。")).isEqualTo("② 乙は、①及び③を行う。");
	}

	@Test
	void numbersAnnexesWrittenInKanji() {
		assertThat(ContractTextNormalizer.normalize("別紙一\n別表第二")).isEqualTo("別紙1\n別表第2");
	}

	@Test
	void leavesKanjiNumeralsOutsideNumbersAlone() {
		assertThat(ContractTextNormalizer.normalize("一切の情報、三者間")).isEqualTo("一切の情報、三者間");
	}

	@Test
	void writesPeriodsAndCountsInKanjiInDigits() {
		assertThat(ContractTextNormalizer.normalize("二十四時間以内に報告し、年一回監査する。五年間存続する。"))
			.isEqualTo("24時間以内に報告し、年1回監査する。5年間存続する。");
	}

	@Test
	void unifiesLineEnds() {
		assertThat(ContractTextNormalizer.normalize("第1条\r\n本文\r次\n")).isEqualTo("第1条\n本文\n次\n");
	}

	@Test
	void readsKanjiNumbersOfEveryForm() {
		assertThat(ContractTextNormalizer.kanjiToNumber("十")).isEqualTo(10);
		assertThat(ContractTextNormalizer.kanjiToNumber("二十一")).isEqualTo(21);
		assertThat(ContractTextNormalizer.kanjiToNumber("百二")).isEqualTo(102);
		assertThat(ContractTextNormalizer.kanjiToNumber("一〇")).isEqualTo(10);
	}

}
