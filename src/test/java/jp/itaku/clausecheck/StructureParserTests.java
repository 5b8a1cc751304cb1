package jp.itaku.clausecheck;

import java.util.List;

import jp.itaku.clausecheck.ContractDocument.Article;
import jp.itaku.clausecheck.ContractDocument.Paragraph;
import jp.itaku.clausecheck.TestDocuments.ListLevel;
import jp.itaku.clausecheck.TestDocuments.ListParagraph;
import org.junit.jupiter.api.Test;

import static jp.itaku.clausecheck.CheckedTexts.labels;
import static jp.itaku.clausecheck.CheckedTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure parser: 前文, 第n条 with its 見出し in every place, 項 numbered or bare, 号 in
 * every style, 別紙 and 特記事項 sections; every passage carries the label findings cite.
 */
class StructureParserTests {

	@Test
	void readsThePreambleBeforeTheFirstArticle() {
		ContractDocument document = parse("業務委託契約書\n\n甲と乙は、次のとおり契約する。\n\n第1条（目的）\n本契約は目的を定める。");
		assertThat(document.articles().get(0).label()).isEqualTo("前文");
		assertThat(document.paragraphs().get(0).lead()).contains("次のとおり契約する");
		assertThat(document.articleCount()).isEqualTo(1);
	}

	@Test
	void takesTheHeadingInBracketsAfterTheNumberOrOnTheLineBefore() {
		ContractDocument document = parse("第1条（目的）本契約は目的を定める。\n(秘密保持)\n第2条 乙は秘密を守る。\n第3条 定義\n本契約の用語は次による。");
		assertThat(document.articles()).extracting(Article::heading).containsExactly("目的", "秘密保持", "定義");
		assertThat(document.paragraphs()).extracting(Paragraph::lead)
			.containsExactly("本契約は目的を定める。", "乙は秘密を守る。", "本契約の用語は次による。");
	}

	@Test
	void numbersParagraphsWrittenAsDigitsFullWidthDigitsOrCircledNumbers() {
		ContractDocument document = parse("第8条（管理）\n乙は管理する。\n２　乙は記録する。\n③ 乙は報告する。\n4 乙は協力する。");
		assertThat(labels(document)).containsExactly("第8条第1項", "第8条第2項", "第8条第3項", "第8条第4項");
	}

	@Test
	void countsBareParagraphsInOrder() {
		ContractDocument document = parse("第5条（返還）\n乙は資料を返還する。\n乙は複製物を廃棄する。\n乙は証明書を提出する。");
		assertThat(labels(document)).containsExactly("第5条第1項", "第5条第2項", "第5条第3項");
	}

	@Test
	void joinsLinesThatAPdfWrappedInsideASentence() {
		ContractDocument document = parse("第5条（返還）\n乙は、本契約が終了したときは、資料を\n返還する。\n乙は複製物を廃棄する。");
		assertThat(document.paragraphs()).extracting(Paragraph::lead)
			.containsExactly("乙は、本契約が終了したときは、資料を返還する。", "乙は複製物を廃棄する。");
	}

	@Test
	void readsItemsInParenthesesFullWidthParenthesesCircledAndKanjiStyles() {
		ContractDocument document = parse("第2条 乙は次の各号の措置を講じる。\n(1) 管理責任者の選任\n（2） 従業者の教育\n\n"
				+ "第3条 乙は次の事項を守る。\n① 持出しの禁止\n② 暗号化\n\n第4条 乙は次に掲げる事項を行う。\n一 報告\n二 記録");
		assertThat(labels(document)).containsExactly("第2条", "第2条第1号", "第2条第2号", "第3条", "第3条第1号", "第3条第2号", "第4条",
				"第4条第1号", "第4条第2号");
	}

	@Test
	void labelsItemsOfTheSecondParagraphWithBothNumbers() {
		ContractDocument document = parse("第8条（措置）\n乙は管理する。\n2 乙は次の各号の措置を講じる。\n(1) 施錠\n(2) 暗号化\n(3) ログの保存");
		assertThat(labels(document)).containsExactly("第8条第1項", "第8条第2項", "第8条第2項第1号", "第8条第2項第2号", "第8条第2項第3号");
	}

	@Test
	void readsIrohaUnderAnItem() {
		ContractDocument document = parse("第3条 乙は次の各号の措置を講じる。\n(1) 技術的措置\nイ 暗号化\nロ アクセス制御\n(2) 物理的措置");
		assertThat(labels(document)).containsExactly("第3条", "第3条第1号", "第3条第1号イ", "第3条第1号ロ", "第3条第2号");
	}

	@Test
	void readsKanjiAndBranchArticleNumbers() {
		ContractDocument document = parse("第二十一条（協議）\n甲乙は協議する。\n第二十一条の二（反社会的勢力）\n乙は表明する。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("第21条", "第21条の2");
	}

	@Test
	void doesNotTakeAReferenceAtTheStartOfALineForAnArticle() {
		ContractDocument document = parse("第3条（報告）\n乙は報告する。\n第3条第2項の規定にかかわらず、乙は通知する。\n第4条（監査）\n甲は監査する。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("第3条", "第4条");
		assertThat(labels(document)).containsExactly("第3条第1項", "第3条第2項", "第4条");
	}

	@Test
	void labelsAnAnnexByItsNumberAndParagraphs() {
		ContractDocument document = parse("第1条（目的）\n本契約は目的を定める。\n\n別紙1 セキュリティ要件\n1 乙は暗号化する。\n2 乙はログを保存する。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("第1条", "別紙1");
		assertThat(labels(document)).containsExactly("第1条", "別紙1第1項", "別紙1第2項");
	}

	@Test
	void labelsArticlesOfSpecialTermsAfterTheMainContract() {
		ContractDocument document = parse("第1条（目的）\n本契約は目的を定める。\n\n個人情報の取扱いに関する特記事項\n第1条（管理）\n乙は管理する。\n2 乙は報告する。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("第1条", "特記事項第1条");
		assertThat(labels(document)).containsExactly("第1条", "特記事項第1条第1項", "特記事項第1条第2項");
	}

	@Test
	void keepsATitleThatNamesSpecialTermsAsPartOfThePreamble() {
		ContractDocument document = parse("個人情報取扱特記事項\n\n第1条（目的）\n本特記事項は取扱いを定める。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("前文", "第1条");
	}

	@Test
	void findsArticlesParagraphsAndItemsOfAWordDocumentNumberedByItsListNumbering() {
		byte[] docx = TestDocuments.numberedDocx(
				List.of(new ListLevel("第%1条", "japaneseCounting"), new ListLevel("%2", "decimal"),
						new ListLevel("(%3)", "decimalFullWidth")),
				List.of(new ListParagraph(0, "（目的）"), new ListParagraph(-1, "本契約は業務委託の条件を定める。"),
						new ListParagraph(0, "（秘密保持）"), new ListParagraph(1, "乙は秘密情報を開示しない。"),
						new ListParagraph(1, "乙は次の措置を講ずる。"), new ListParagraph(2, "暗号化"),
						new ListParagraph(2, "アクセス制御"), new ListParagraph(0, "（再委託）"),
						new ListParagraph(1, "乙は再委託しない。")));
		ContractDocument document = parse(new DocumentReader(ClauseCheckSettings.defaults()).read(docx));
		assertThat(document.articles()).extracting(Article::heading).containsExactly("目的", "秘密保持", "再委託");
		assertThat(labels(document)).containsExactly("第1条", "第2条第1項", "第2条第2項", "第2条第2項第1号", "第2条第2項第2号", "第3条");
	}

	@Test
	void writesEachWordNumberFormatAsContractsPrintIt() {
		assertThat(DocxNumbering.format(12, "japaneseCounting")).isEqualTo("十二");
		assertThat(DocxNumbering.format(3, "decimalFullWidth")).isEqualTo("３");
		assertThat(DocxNumbering.format(2, "decimalEnclosedCircle")).isEqualTo("②");
		assertThat(DocxNumbering.format(3, "aiueoFullWidth")).isEqualTo("ウ");
		assertThat(DocxNumbering.format(3, "irohaFullWidth")).isEqualTo("ハ");
		assertThat(DocxNumbering.format(21, "decimal")).isEqualTo("21");
	}

	@Test
	void readsAiueoItemsAsItemsOrUnderAnItem() {
		ContractDocument document = parse(
				"第3条（措置）\n乙は、次の措置を講じる。\nア 暗号化\nイ 施錠\n2 乙は、次の事項を報告する。\n(1) 件数\nア 処理件数\nイ 誤りの件数");
		assertThat(labels(document)).containsExactly("第3条第1項", "第3条第1項第1号", "第3条第1項第2号", "第3条第2項", "第3条第2項第1号",
				"第3条第2項第1号ア", "第3条第2項第1号イ");
	}

	@Test
	void takesTheSpecialTermsTitleUnderAnAnnexMarkForTheAnnexTitle() {
		ContractDocument document = parse("第1条（個人情報の保護）\n受託者は、別記「個人情報取扱特記事項」を守らなければならない。\n\n別記\n\n個人情報取扱特記事項\n\n"
				+ "（基本的事項）\n第1条　受託者は、個人情報を適正に取り扱わなければならない。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("第1条", "別記第1条");
	}

}
