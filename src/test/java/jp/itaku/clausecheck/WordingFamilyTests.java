package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording families other drafters use for the same clause (規程 4.2): each test is a
 * variant the rules must read the same way as the wording they were first written for.
 */
class WordingFamilyTests {

	private static final ClauseChecks CHECKS = new ClauseChecks(ClauseCheckSettings.defaults());

	private static ClauseVerdict verdict(String text, String id) {
		return CHECKS.check(text)
			.requirements()
			.stream()
			.filter((f) -> f.id().equals(id))
			.findFirst()
			.orElseThrow()
			.verdict();
	}

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
	void readsNonDisclosureWithLockedStorageAndRestrictedAccessAsProtectiveCare() {
		assertThat(verdict(
				"第5条（秘密保持）\n受領者は、秘密情報を第三者に開示又は漏えいしてはならない。" + "\n2 受領者は、秘密情報を施錠可能な場所に保管し、秘密情報へのアクセスを業務上必要な者に制限する。",
				"N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnInvestigationResultAndTheMeasuresTakenAsTheFollowUpOfALeakNotice() {
		assertThat(verdict("第9条（セキュリティ事故）\n当社は、契約者データの漏えいが発生したことを知ったときは、72時間以内に契約者に通知し、調査の結果及び講じた措置を遅滞なく報告します。", "N08"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsABreachOfTheSpecialTermsReportedAtOnceAsALeakNotice() {
		assertThat(verdict("第15条（事故発生時における報告）\n受託者は、この特記事項に違反する事態が生じたことを知ったときは、直ちに委託者に報告しなければならない。"
				+ "受託者は、事故の処理が終わったときは、その原因及び再発防止策を書面により委託者に報告しなければならない。", "N08"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsReturnFollowedByErasureAsInstructedAsReturnOrDestruction() {
		assertThat(verdict("第13条（資料等の返還等）\n受託者は、委託者から提供を受けた資料等を、この契約の終了後直ちに委託者に返還しなければならない。"
				+ "ただし、委託者が別に指示したときは、その指示により、復元できない方法で消去しなければならない。", "N09"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAPassiveNoLicenceClauseAsOwnershipKeptByTheDiscloser() {
		assertThat(verdict("第4条　秘密保持\n4.2　すべての秘密情報及びそれに関する一切の知的財産権は開示当事者に留保されるものとし、"
				+ "本契約のいかなる規定も、受領当事者に対する当該権利の使用許諾を付与するものと解釈されてはならない。", "N05"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAWorkReportSubmittedMonthlyAsProgress() {
		assertThat(verdict("第3条（業務計画及び報告）\n受託者は、業務実施計画書を委託者に提出し、その承認を受けた計画に従って委託事務を処理するとともに、"
				+ "毎月10日までに前月分の業務実施状況報告書を委託者に提出しなければならない。", "Q01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void doesNotTakeAnEffectiveDateAndSurvivalForATerm() {
		assertThat(verdict("第8条（秘密保持）\n乙は、秘密情報を第三者に開示してはならない。\n2 本条の規定は、本契約の終了後も期限の定めなく効力を有する。"
				+ "\n\n第9条（効力）\n本覚書は、2026年10月1日から効力を生ずる。", "N02"))
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void takesARangeLeftToTheRecipientsJudgmentForPartialPurposeLimitation() {
		assertThat(verdict("第6条（秘密保持）\n乙は、本業務の遂行に必要と乙が判断する範囲で秘密情報を利用し、複製することができる。", "N06"))
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void readsASuppliedDataAbbreviationAsADefinitionOfTheProtectedInformation() {
		assertThat(verdict("第4条（支給データの取扱い）\n受注者は、当社から支給を受けた宛名データその他の資料（以下「支給データ」。当社の顧客の氏名、住所を含む。）について、次の各号を守る。", "N01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsCopyrightInDesignsMadeForTheWorkAsIpOfDeliverables() {
		assertThat(verdict("第4条の2（制作物の権利）\n受注者が本業務のために制作したデザイン及び版下の著作権は、代金の支払により当社に移転する。", "D01"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAProhibitionToOpenOrReadKeptRecordsAsTheLimitOfUse() {
		assertThat(verdict("第2条（保管文書）\n乙は、保管箱を開披し、又は保管文書の内容を閲覧してはならない。", "N06")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsHandingBackKeptBoxesAndCertifiedDissolutionAsReturnOrDestruction() {
		assertThat(verdict("第6条（廃棄）\n乙は、甲の指示を受けた保管箱を溶解処理し、溶解証明書を甲に交付する。\n\n第11条（契約終了時の措置）\n"
				+ "本契約が終了するときは、乙は、甲の指示に従い、保管中のすべての保管箱を甲に引き渡す。", "N09"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesAllowedSubcontractingWithANoticeInTheNextSentenceForPartialApproval() {
		assertThat(verdict("第11条（委託）\n乙は、警備その他本サービスの一部を第三者に委託することができる。この場合、乙は事前に委託先の名称を甲に通知する。", "R01"))
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void doesNotTakeAnIncidentThatMayAffectTheDataForAFollowUpReport() {
		assertThat(verdict("第10条（事故）\n乙は、甲情報に影響を及ぼすおそれのある事故が発生したときは、速やかに甲に通知する。", "N08"))
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void readsNonDisclosureWithInformationKeptApartAsProtectiveCare() {
		assertThat(verdict("第5条（秘密保持）\n受領者は、秘密情報を第三者に開示してはならず、秘密情報を他の情報と区別して保管する。", "N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesDamagesCappedAtOneMonthsFeeForPartialRemedies() {
		assertThat(verdict("第12条（解除及び損害賠償）\n当社は、利用者が本規約に違反したときは、利用契約を解除することができます。"
				+ "\n2 当社が利用者に対して損害賠償責任を負う場合であっても、その額は、損害の原因となった事由が生じた月に利用者が当社に支払った利用料金の額を上限とします。", "N10"))
			.isEqualTo(ClauseVerdict.PARTIAL);
	}

}
