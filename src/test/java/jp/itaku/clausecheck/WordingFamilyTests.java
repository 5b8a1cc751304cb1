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

}
