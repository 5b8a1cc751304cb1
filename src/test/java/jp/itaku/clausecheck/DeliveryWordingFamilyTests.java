package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static jp.itaku.clausecheck.CheckedTexts.verdict;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording families other drafters use for development, quality and subcontracting
 * clauses (規程 4.2(1)②, 4.2(2), 4.2(3); D01–D11, Q01, Q02, R01): each test is a variant
 * the rules must read the same way as the wording first written for.
 */
class DeliveryWordingFamilyTests {

	@Test
	void readsAnInspectionOfTheDeliverableAgainstTheSpecificationAsAcceptanceTesting() {
		assertThat(verdict("第8条（納入物の検査）\n甲は、納入物を受領した日から10営業日以内に、納入物が仕様書に適合するか否かを検査し、その結果を乙に書面で通知する。"
				+ "\n2 乙は、検査に合格しなかった納入物を修補し、甲の再検査を受けなければならない。", "D04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnAcceptanceTestPlanWithPassCriteriaAsAcceptanceTesting() {
		assertThat(verdict("第8条（受入れ）\n甲は、甲乙協議の上作成した受入テスト計画書に基づき、引渡しを受けた日から14日以内に受入テストを実施する。"
				+ "\n2 受入テスト計画書に定める完了条件をすべて満たしたときをもって、検査合格とする。", "D04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesAMereMentionOfAcceptanceForPartialAcceptanceTesting() {
		assertThat(verdict("第8条（納入）\n乙は、成果物を甲の指定する場所に納入し、甲の検収をもって引渡しを完了する。", "D04")).isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void readsAQualityPlanAndTestPlanAsStatedQualityMatters() {
		assertThat(verdict("第9条（品質保証）\n乙は、本業務の着手前に、品質管理体制、レビュー及びテストの実施方法を記載した品質計画書を作成し、甲の承認を得る。", "Q02"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsTestPhasesWithReportedResultsAsStatedQualityMatters() {
		assertThat(verdict("第9条（テスト）\n乙は、単体テスト、結合テスト及び総合テストを実施し、各テストの結果を記載したテスト結果報告書を甲に提出する。", "Q02"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsOutsourcingToAnOutsiderWithPriorApprovalAsSubcontractingApproval() {
		assertThat(verdict("第11条（外部委託）\n乙は、本業務の全部又は一部を外部に委託するときは、あらかじめ甲の書面による承認を受けなければならない。", "R01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsSubcontractingAllowedOnceLicensedAsSubcontractingApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、甲の書面による許諾を得て、本業務の一部を第三者に再委託することができる。", "R01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesFreelyAllowedSubcontractingForAbsentApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、本業務の全部又は一部を自由に第三者に委託することができる。", "R01")).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void readsAPublicWorksStyleProhibitionWithoutConsentAsSubcontractingApproval() {
		assertThat(verdict("第7条（一括委任又は一括下請負の禁止）\n受注者は、発注者の承諾を得ないで、業務の全部又は一部を第三者に委任し、又は請け負わせてはならない。", "R01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAProhibitionUnlessConsentIsGivenAsSubcontractingApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、甲の同意がない限り、本業務を再委託してはならない。", "R01")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesSubcontractingOnTheSuppliersOwnResponsibilityForAbsentApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、自己の責任において、本業務の一部を第三者に委託することができる。", "R01")).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void readsAcceptanceCriteriaWithANoticeOfTheResultAsAcceptanceTesting() {
		assertThat(verdict("第8条（検収）\n本成果物の検収は、甲が定める検収基準に基づき行うものとし、甲は、納品後7日以内に検収結果を乙に通知する。", "D04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsATranslatedAcceptanceTestWithNonconformityNoticeAsAcceptanceTesting() {
		assertThat(verdict("第8条　受入れ\n8.1　顧客は、納入後30日以内に、成果物が受入基準を満たすか否かを判定するための受入試験を実施する。"
				+ "\n8.2　受入試験において不適合が発見された場合、サプライヤーは、これを是正して再度提出する。", "D04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsASamplingInspectionWithAnErrorRateTargetAsStatedQualityMatters() {
		assertThat(verdict("第9条（品質）\n乙は、処理結果について抜取検査を行い、エラー率を0.1%以下に維持する。", "Q02")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAWorkReportSubmittedMonthlyAsProgress() {
		assertThat(verdict("第3条（業務計画及び報告）\n受託者は、業務実施計画書を委託者に提出し、その承認を受けた計画に従って委託事務を処理するとともに、"
				+ "毎月10日までに前月分の業務実施状況報告書を委託者に提出しなければならない。", "Q01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsCopyrightInDesignsMadeForTheWorkAsIpOfDeliverables() {
		assertThat(verdict("第4条の2（制作物の権利）\n受注者が本業務のために制作したデザイン及び版下の著作権は、代金の支払により当社に移転する。", "D01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesAllowedSubcontractingWithANoticeInTheNextSentenceForPartialApproval() {
		assertThat(verdict("第11条（委託）\n乙は、警備その他本サービスの一部を第三者に委託することができる。この場合、乙は事前に委託先の名称を甲に通知する。", "R01"))
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void readsACheckThatTheDeliveryMeetsTheSpecificationWithinADeadlineAsAcceptanceTesting() {
		assertThat(verdict("第8条（確認）\n甲は、納品物が本仕様書の要件を満たしているかを10営業日以内に確認し、満たしていない場合は乙に修正を求めることができる。", "D04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void doesNotTakeANonconformityClauseForAcceptanceCriteria() {
		assertThat(verdict("第17条（契約不適合責任）\n検収完了後1年以内に成果物が仕様書に適合しないことが発見されたときは、甲は乙に対し、相当の期間を定めて修補を請求することができる。", "D04"))
			.isNotEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAMaintainedIso9001CertificationAsStatedQualityMatters() {
		assertThat(verdict("第9条（品質保証）\n乙は、ISO 9001の認証を維持し、品質マネジメントシステムに従って本業務を遂行する。", "Q02"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesAProviderThatMayOutsourcePartOfTheServiceForAbsentApproval() {
		assertThat(verdict("第11条（委託）\n当社は、本サービスの提供に必要な範囲で、その業務の一部を第三者に委託することがあります。", "R01"))
			.isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void readsConsentToBeObtainedAsPriorApprovalNotAsPermission() {
		assertThat(
				verdict("第11条（再委託）\n乙は、本業務を第三者に再委託する場合には、事前に再委託先の名称及び再委託する業務の内容を甲に届け出て、" + "甲の書面による承諾を得るものとする。", "R01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsSubcontractingOnlyToApprovedSubcontractorsAsPriorApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、甲の承認した再委託先に限り、本業務の一部を委託することができる。", "R01")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsNoSubcontractingWithoutConsentInTheConditionalFormAsPriorApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、甲の承諾がなければ再委託できない。", "R01")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsSubcontractingAllowedOnlyOnceTheOrganisationConsentedAsPriorApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、甲が承諾した場合に限り、本業務を再委託することができる。", "R01")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsSubcontractingAllowedWhenApprovedInWritingAsPriorApproval() {
		assertThat(verdict("第11条（再委託）\n乙は、甲が書面で承認したときは、本業務の一部を第三者に委託することができる。", "R01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

}
