package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static jp.itaku.clausecheck.CheckedTexts.check;
import static jp.itaku.clausecheck.CheckedTexts.finding;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judging with the shipped rule files: the wording contracts use, negation and exceptions
 * (規程 4.2(3)① R01 and others), and evidence that names the article and the rule.
 */
class ClauseJudgementTests {

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
		ClauseCheckResult result = check("第1条（目的）\n本契約は、甲乙の取引条件を定める。");
		assertThat(result.requirements()).extracting(RequirementFinding::id)
			.containsExactlyElementsOf(ClauseChecks.REQUIREMENT_IDS);
		assertThat(result.requirements()).allSatisfy((f) -> {
			assertThat(f.verdict()).isEqualTo(ClauseVerdict.ABSENT);
			assertThat(f.confidence()).isBetween(0.0, 1.0);
		});
	}

	@Test
	void takesDisclosureOnlyToStaffWhoNeedToKnowBoundByEqualDutiesForAvoidingUnauthorisedDisclosure() {
		assertThat(finding("第4条（機密保持）\n受託者は、機密情報を知る必要のある従業員に限り開示し、当該従業員に本契約と同等の義務を課す。", "N04").verdict())
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesAPlainNegativeNotToDiscloseForAProhibition() {
		assertThat(finding("第4条（秘密保持）\n受領者は、秘密情報を第三者に開示しない。", "N04").verdict()).isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void readsALeakReportWrittenInKanaAndOldSpellingsLikeTheUsualOne() {
		assertThat(finding("第8条（事故時の対応）\n委託先は、個人データの漏洩、滅失又はき損を知ったときは、ただちに委託者に報告し、原因および再発防止策を書面で報告するものとします。", "N08")
			.verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAProhibitionOnEntrustingWorkToAThirdPartyWithAConsentExceptionAsPriorApprovalOfSubcontracting() {
		assertThat(finding("第9条（第三者への委託）\n受注者は、本業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ発注者の書面による承認を得たときは、この限りでない。", "R01")
			.verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesConsentThenAllowedSubcontractingForPriorApproval() {
		assertThat(finding("第9条（再委託）\n乙は、事前に甲の書面による承諾を得た場合には、本業務の一部を再委託することができる。", "R01").verdict())
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesThreeKindsOfSecurityObligationInOneArticleForAListOfObligations() {
		assertThat(finding("第6条（安全管理措置）\n乙は、次の措置を講じる。\n(1) 保存データの暗号化\n(2) 書類を施錠できる保管庫で保管すること\n(3) 従業者に対する年1回の教育", "S07")
			.verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void doesNotTakeTwoKindsOfSecurityObligationForAListOfObligations() {
		assertThat(finding("第6条（安全管理措置）\n乙は、次の措置を講じる。\n(1) 保存データの暗号化\n(2) 書類を施錠できる保管庫で保管すること", "S07").verdict())
			.isNotEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesACloudExportBeforeErasureForReturnAndDestruction() {
		assertThat(finding("第13条（契約終了後のデータ）\n利用者は、利用契約の終了日までに、利用者データをCSV形式でダウンロードすることができます。\n"
				+ "2 当社は、利用契約の終了後30日を経過した時点で、利用者データを削除します。", "N09")
			.verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesTerminationAndDamagesCappedAtATrivialSumForPartial() {
		assertThat(finding("第25条（解除）\n甲は、乙が本契約に違反したときは、本契約を解除することができる。\n第26条（損害賠償）\n乙は、本契約に違反して甲に損害を与えたときは、その損害を賠償する。\n"
				+ "2 前項にかかわらず、乙の賠償の額は、いかなる場合も金10万円を上限とする。", "N10")
			.verdict()).isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void takesSourceCodeOnTheSuppliersFailureLeftToLaterAgreementForPartialEscrow() {
		assertThat(finding("第13条（ソースコード）\n乙が本システムの保守を継続できなくなった場合におけるソースコードの取扱いについては、甲乙別途協議する。", "D08").verdict())
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void doesNotTakeTheDefinitionOfExistingProgramsForTheOwnershipOfDeliverables() {
		assertThat(finding("第2条（定義）\n「既存プログラム」とは、乙が著作権を有し、成果物に組み込まれるプログラムをいう。", "D01").verdict())
			.isNotEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesTheSupplierRecordedInTheOrganisationsRegisterForIdentifiedSupplierKind() {
		assertThat(finding("第2条（委託先の管理）\n甲は、乙を、個人情報の取扱いを委託する委託先として甲の委託先台帳に登録する。", "S01").verdict())
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesTheLifeCycleStepsTheOrganisationManagesTheSupplierByForAStandardProcess() {
		assertThat(finding("第2条（委託先の管理）\n甲は、甲の規程に定める選定、契約、モニタリング、評価及び取引の終了の手続に従って乙を管理する。", "S02").verdict())
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesAHandOverToTheOrganisationsDesigneeAtTheEndForPartialMigration() {
		assertThat(finding("第12条（契約終了時の取扱い）\n乙は、本契約が終了したときは、保管している甲の商品を、甲又は甲の指定する者に引き渡す。", "S13").verdict())
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void takesAnAuditThePoliteTermsRefuseForAbsent() {
		assertThat(finding(
				"第5条（セキュリティ）\n当社は、契約者の求めに応じ、情報の取扱状況について報告します。\n" + "2 契約者又はその指定する者による当社の事業所への立入り並びに監査には、応じられません。",
				"N07")
			.verdict()).isEqualTo(ClauseVerdict.ABSENT);
	}

}
