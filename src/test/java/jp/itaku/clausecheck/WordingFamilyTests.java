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
	void readsIndividualAccountsWithAccessLogsAsDefinedAndMonitoredAccess() {
		assertThat(verdict("第7条（アクセス管理）\n乙は、甲のシステムを利用する要員ごとに個別のIDを発行し、アクセス権限を業務に必要な最小限に設定しなければならない。"
				+ "\n2 乙は、操作履歴を記録して1年間保存し、毎月これを点検する。", "S03"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsTheFourKindsOfSafeguardsAsListedObligations() {
		assertThat(verdict("第6条（安全管理措置）\n乙は、個人データの取扱いについて、次の各号に定める措置を講じなければならない。"
				+ "\n(1) 組織的安全管理措置として、取扱責任者を置き、取扱規程を定めること" + "\n(2) 人的安全管理措置として、従事者に年1回以上の教育を行うこと"
				+ "\n(3) 物理的安全管理措置として、個人データを取り扱う区域への入退室を管理すること" + "\n(4) 技術的安全管理措置として、アクセス制御を行い、不正アクセスを防止すること", "S07"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnAvailabilityTargetWithRedundancyAndRecoveryTimeAsContingencyArrangements() {
		assertThat(verdict(
				"第10条（サービスレベル）\n乙は、本サービスの月間稼働率を99.9%以上に維持する。" + "\n2 乙は、本サービスのシステムを冗長化構成とし、障害発生時には目標復旧時間を4時間として復旧させる。",
				"S09"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnAvailabilityTargetWithADisasterRecoverySiteAsContingencyArrangements() {
		assertThat(verdict(
				"第10条（可用性）\n乙は、本サービスの可用性を月間99.95%とすることを目標値として運用する。" + "\n2 乙は、業務継続計画を策定し、遠隔地のバックアップサイトへの切替手順を年1回訓練する。",
				"S09"))
			.isEqualTo(ClauseVerdict.PRESENT);
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
	void readsProviderAccessLimitedToAuthorisedStaffWithMonitoredLogsAsDefinedAndMonitoredAccess() {
		assertThat(verdict("第9条（アクセス管理）\n当社は、お客様データへのアクセスを権限を付与された従業員に限定し、アクセスログを取得して監視します。", "S03"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsASamplingInspectionWithAnErrorRateTargetAsStatedQualityMatters() {
		assertThat(verdict("第9条（品質）\n乙は、処理結果について抜取検査を行い、エラー率を0.1%以下に維持する。", "Q02")).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnSlaScheduleWithAvailabilityAndRecoveryTargetsAsContingencyArrangements() {
		assertThat(verdict("第5条（サービスレベル）\n当社は、別表に定めるサービスレベルを満たすよう本サービスを運用します。\n\n別表　サービスレベル\n1. 月間稼働率　99.95%"
				+ "\n2. 障害発生時の通知　30分以内\n3. 目標復旧時間　4時間\n4. バックアップ　日次、7世代保管", "S09"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsSelfAssessmentWithAnIndependentAuditAsComplianceMonitoring() {
		assertThat(verdict("第12条（点検）\n乙は、本契約の遵守状況について年1回自己点検を行い、その結果を甲に報告する。"
				+ "\n2 乙は、独立した外部監査人による情報セキュリティ監査を毎年受け、その監査報告書を甲に提出する。", "S05"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsNonDisclosureWithLockedStorageAndRestrictedAccessAsProtectiveCare() {
		assertThat(verdict(
				"第5条（秘密保持）\n受領者は、秘密情報を第三者に開示又は漏えいしてはならない。" + "\n2 受領者は、秘密情報を施錠可能な場所に保管し、秘密情報へのアクセスを業務上必要な者に制限する。",
				"N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

}
