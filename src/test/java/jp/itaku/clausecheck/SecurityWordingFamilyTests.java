package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static jp.itaku.clausecheck.CheckedTexts.verdict;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording families other drafters use for the security clauses (規程 4.2(1)③, S03–S13):
 * each test is a variant the rules must read the same way as the wording first written
 * for.
 */
class SecurityWordingFamilyTests {

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
	void readsProviderAccessLimitedToAuthorisedStaffWithMonitoredLogsAsDefinedAndMonitoredAccess() {
		assertThat(verdict("第9条（アクセス管理）\n当社は、お客様データへのアクセスを権限を付与された従業員に限定し、アクセスログを取得して監視します。", "S03"))
			.isEqualTo(ClauseVerdict.PRESENT);
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
	void doesNotTakeAVerificationLevelForAClassOfInformation() {
		assertThat(verdict("第6条（セキュア開発）\n乙は、甲の定めるセキュリティ要件定義書に基づき、OWASP ASVSレベル2に準拠して本件ソフトウェアを設計する。", "S04"))
			.isNotEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void takesBestEffortSecurityMeasuresForAbsentMinimumRequirements() {
		assertThat(verdict("第7条（安全管理措置）\n乙は、顧客情報について、適切な安全管理措置を講ずるよう努める。", "S04")).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void doesNotTakeAMonthlyWorkReportForSecurityComplianceMonitoring() {
		assertThat(verdict("第3条（報告）\n受託者は、毎月10日までに前月分の業務実施状況報告書を委託者に提出しなければならない。", "S05"))
			.isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void doesNotTakeAnIncreaseOfTwentyPercentForAnAvailabilityTarget() {
		assertThat(verdict("第17条（委託料）\n受電件数が想定を20%以上上回った月は、委託料を調整する。\n\n第11条（業務の継続）\n災害時の対応については、甲乙別途協議のうえ定める。", "S09"))
			.isNotEqualTo(ClauseVerdict.PRESENT);
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
	void readsClassesOfInformationWithMeasuresPerClassAsMinimumRequirementsPerKind() {
		assertThat(verdict(
				"別紙1　情報セキュリティ要件\n1.　情報の区分　顧客データは「制限」区分とし、その他の秘密情報は「社内限定」区分とする。" + "各区分について、サプライヤーは少なくとも本別紙に定める措置を講ずる。",
				"S04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsSecurityDutiesStillApplyingDuringTheHandoverAsMigrationWithSecurity() {
		assertThat(verdict(
				"第13条（業務の引継ぎ）\n本契約が終了したときは、乙は、甲の指定する後継事業者に対し、引継計画に従って本業務の引継ぎを行う。" + "引継ぎの期間中も、第6条及び第7条の規定が適用される。",
				"S13"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void countsFireAndFloodProtectionAsAKindOfPhysicalObligation() {
		assertThat(verdict(
				"第3条（保管施設）\n乙は、保管施設について、次の措置を講じる。\n(1) 機械警備及び監視カメラによる録画\n(2) 施錠できる保管庫での保管" + "\n(3) 自動火災報知設備及び消火設備の設置",
				"S07"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAYearlyDiagnosisByAnOutsideSpecialistAsThirdPartyReview() {
		assertThat(verdict("第12条（診断）\n乙は、年に1回、外部の専門業者による脆弱性診断を受け、その結果を甲に報告する。", "S05"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnAvailabilityTargetWithARedundantConfigurationAdoptedAsContingencyArrangements() {
		assertThat(verdict("第10条（可用性）\n乙は、本サービスの月間稼働率99.9%以上を維持する。\n2 乙は、本サービスのサーバについて冗長化構成を採用する。", "S09"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsDailyBackupRestoredAfterAFailureWithAnAvailabilityTargetAsContingencyArrangements() {
		assertThat(
				verdict("第10条（バックアップ）\n当社は、お客様データを毎日バックアップし、障害時には最新のバックアップから復元します。当社は、本サービスの稼働率の目標を99.5%とします。", "S09"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsEncryptionMonitoringAgainstIntrusionAndTrainingAsListedObligations() {
		assertThat(verdict("第6条（セキュリティ）\n当社は、お客様データの保護のため、通信の暗号化、不正アクセスの監視、従業員へのセキュリティ教育その他の措置を講じます。", "S07"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAnIsoCertificateWrittenWithASpaceAsThirdPartyReview() {
		assertThat(verdict(
				"第8条（認証）\nサプライヤーは、ISO/IEC 27001認証を維持し、更新審査の結果を顧客に報告する。" + "\n2 サプライヤーは、四半期ごとにセキュリティ要件の遵守状況を顧客に報告する。",
				"S05"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsApprovedPrivilegedIdsWithTheirUseHistoryCheckedAsDefinedAndMonitoredAccess() {
		assertThat(verdict("第7条（特権ID）\n乙は、特権IDの使用を事前に甲に申請し、甲の承認を得て使用する。特権IDの使用履歴は甲が確認する。", "S03"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

}
