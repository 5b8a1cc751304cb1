package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static jp.itaku.clausecheck.CheckedTexts.verdict;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording families other drafters use for the confidentiality clauses (規程 4.2(1)①,
 * N01–N10): each test is a variant the rules must read the same way as the wording first
 * written for.
 */
class WordingFamilyTests {

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

	@Test
	void readsNonDisclosureWithNamedStaffHandlingTheInformationAsProtectiveCare() {
		assertThat(verdict("第5条（秘密保持）\n乙は、秘密情報を第三者に開示してはならない。\n2 乙は、秘密情報の管理方法を定め、秘密情報を取り扱う従業員を特定する。", "N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsNeedToKnowDisclosureWithTheSameDutyInTheNextSentenceAsProtectiveCare() {
		assertThat(verdict(
				"第5条（秘密保持）\n受領者は、開示者の秘密情報を、知る必要のある役員及び従業員にのみ開示することができる。" + "この場合、受領者は当該役員及び従業員に本契約と同等の義務を遵守させる。",
				"N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsANonDisclosureInTheContinuativeFormWithDueCareAsProtectiveCare() {
		assertThat(verdict("第5条（秘密保持）\n乙は、甲の書面による事前の承諾なく秘密情報を第三者に開示せず、善良な管理者の注意をもって秘密情報を管理する。", "N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsAProviderLimitingTheStaffWithAccessAsProtectiveCare() {
		assertThat(verdict("第5条（機密保持）\n当社は、お客様データを第三者に開示しません。当社は、お客様データを適切に管理し、アクセスできる従業員を限定します。", "N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void readsHandlersKeptToTheMinimumAndSwornToSecrecyAsProtectiveCare() {
		assertThat(verdict("第5条（秘密保持）\n乙は、秘密情報を第三者に開示してはならない。\n2 乙は、秘密情報を取り扱う者の範囲を必要最小限とし、その者に秘密保持を誓約させる。", "N04"))
			.isEqualTo(ClauseVerdict.PRESENT);
	}

}
