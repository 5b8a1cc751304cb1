package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judging with the shipped rule files: the wording contracts use, negation and exceptions
 * (規程 4.2(3)① R01 and others), and evidence that names the article and the rule.
 */
class ClauseJudgementTests {

	private static final ClauseChecks CHECKS = new ClauseChecks(ClauseCheckSettings.defaults());

	private static RequirementFinding finding(String text, String id) {
		ClauseCheckResult result = CHECKS.check(text);
		return result.requirements().stream().filter((f) -> f.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void readsAProhibitionWithAConsentExceptionAsPriorApprovalOfSubcontracting() {
		RequirementFinding r01 = finding("第9条（再委託）\n乙は、本業務を第三者に再委託してはならない。ただし、事前に甲の書面による承諾を得た場合はこの限りでない。", "R01");
		assertThat(r01.verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(r01.evidence().get(0).article()).isEqualTo("第9条");
		assertThat(r01.evidence().get(0).rule()).startsWith("R01 ");
	}

	@Test
	void readsAProhibitionWithoutConsentAsPriorApproval() {
		assertThat(finding("第9条（再委託）\n乙は、甲の承諾なく本業務を再委託してはならない。", "R01").verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void doesNotTakeSubcontractingAtTheSuppliersDiscretionForApproval() {
		assertThat(finding("第9条（再委託）\n乙は、乙の判断で本業務の一部を再委託できる。", "R01").verdict()).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void doesNotTakeSubcontractingWithoutConsentForApproval() {
		assertThat(finding("第9条（再委託）\n乙は、甲の承諾なく再委託することができる。", "R01").verdict()).isNotEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesANoticeInsteadOfApprovalForPartial() {
		assertThat(finding("第9条（再委託）\n乙は、本業務を再委託する場合、事前にその旨を甲に通知する。", "R01").verdict())
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void takesAnAuditRightThatIsExpresslyDeniedForAbsent() {
		RequirementFinding n07 = finding("第5条（調査）\n甲は、乙の事業所に立ち入り、秘密情報の管理状況を監査することはできない。", "N07");
		assertThat(n07.verdict()).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void takesBestEffortsOnQualityForPartial() {
		assertThat(finding("第5条（品質）\n乙は、成果物の品質の確保に努めるものとする。", "Q02").verdict()).isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void takesAStatedQualityPlanForPresent() {
		assertThat(finding("第5条（品質管理）\n乙は、レビューの実施方法及び品質指標を記載した品質管理計画書を甲に提出する。", "Q02").verdict())
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesReturnAndDestructionTogetherForPresentAndOneOfThemForPartial() {
		assertThat(finding("第7条（返還）\n乙は、本契約が終了したときは、秘密情報を返還し、又は廃棄しなければならない。", "N09").verdict())
			.isEqualTo(ClauseVerdict.PRESENT);
		assertThat(finding("第7条（返還）\n乙は、本契約が終了したときは、秘密情報を甲に返還する。", "N09").verdict()).isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void pointsAtTheItemThatHoldsTheEvidence() {
		RequirementFinding d08 = finding("第11条（寄託）\n乙は、次の各号を行う。\n(1) 成果物の納入\n(2) ソースコードを第三者寄託機関に寄託すること\n"
				+ "2 乙が破産したときは、甲は寄託機関からソースコードの開示を受けることができる。", "D08");
		assertThat(d08.verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(d08.evidence().get(0).article()).isEqualTo("第11条第1項第2号");
	}

	@Test
	void findsAClauseWrittenWithFullWidthAndKanjiNumbers() {
		RequirementFinding n01 = finding("第十二条（定義）\n本契約において「秘密情報」とは、甲が乙に開示した一切の情報をいう。", "N01");
		assertThat(n01.verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(n01.evidence().get(0).article()).isEqualTo("第12条");
	}

	@Test
	void answersAllThirtySevenRequirementsInRequirementsOrderEvenForAnEmptyContract() {
		ClauseCheckResult result = CHECKS.check("第1条（目的）\n本契約は、甲乙の取引条件を定める。");
		assertThat(result.requirements()).extracting(RequirementFinding::id)
			.containsExactlyElementsOf(ClauseChecks.REQUIREMENT_IDS);
		assertThat(result.requirements()).allSatisfy((f) -> {
			assertThat(f.verdict()).isEqualTo(ClauseVerdict.ABSENT);
			assertThat(f.confidence()).isBetween(0.0, 1.0);
		});
	}

}
