package jp.itaku.clausecheck;

import jp.itaku.clausecheck.ContractDocument.Article;
import org.junit.jupiter.api.Test;

import static jp.itaku.clausecheck.CheckedTexts.finding;
import static jp.itaku.clausecheck.CheckedTexts.labels;
import static jp.itaku.clausecheck.CheckedTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decimal section numbers of translated contracts (「5.2」, 「第5.2条」): the whole part is the
 * article and the decimal part the paragraph (corpus LABELING.md), so findings cite
 * 第5条第2項.
 */
class DecimalNumberingTests {

	@Test
	void readsDecimalParagraphsUnderAnArticle() {
		ContractDocument document = parse("第4条　秘密保持\n4.1　受領者は秘密を守る。\n4.2　すべての秘密情報は開示者に帰属する。\n4.3　本条は存続する。");
		assertThat(labels(document)).containsExactly("第4条第1項", "第4条第2項", "第4条第3項");
	}

	@Test
	void readsDecimalSectionsWithoutArticleWords() {
		ContractDocument document = parse("前文。\n\n1.　定義\n1.1　「本サービス」とは、役務をいう。\n1.2　「顧客データ」とは、データをいう。\n\n"
				+ "2.　本サービスの提供\n2.1　サプライヤーは本サービスを提供する。\n2.2　サプライヤーは進捗を報告する。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("前文", "第1条", "第2条");
		assertThat(labels(document)).containsExactly("前文", "第1条第1項", "第1条第2項", "第2条第1項", "第2条第2項");
	}

	@Test
	void readsDecimalArticleNumbersWrittenWithTheArticleWord() {
		ContractDocument document = parse("第5.1条　受領者は秘密を守る。\n第5.2条　受領者は秘密情報を返還する。\n第6.1条　本契約は日本法に準拠する。");
		assertThat(labels(document)).containsExactly("第5条第1項", "第5条第2項", "第6条");
	}

	@Test
	void citesTheArticleAndParagraphOfADecimalSectionAsEvidence() {
		RequirementFinding r01 = finding(
				"1.　定義\n1.1　「本サービス」とは、役務をいう。\n1.2　「顧客データ」とは、顧客から受領したデータをいう。\n\n3.　下請業者\n"
						+ "3.1　サプライヤーは、本サービスの提供に必要な人員を配置する。\n3.2　サプライヤーは、顧客の事前の書面による同意なしに、本サービスを第三者に再委託してはならない。",
				"R01");
		assertThat(r01.verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(r01.evidence().get(0).article()).isEqualTo("第3条第2項");
	}

	@Test
	void leavesNumberedLinesAloneWhenTheyAreNotFollowedByDecimalSections() {
		ContractDocument document = parse("ご利用条件\n1. 当社は本サービスを提供します。\n2. 利用者は料金を支払います。");
		assertThat(document.articles()).extracting(Article::label).containsExactly("前文");
	}

}
