package jp.itaku.contractor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractorTests {

	private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

	@Test
	void startsAsCandidate() {
		assertThat(contractor().getStatus()).isEqualTo(ContractorStatus.CANDIDATE);
	}

	@Test
	void movesAlongTheLifeCycle() {
		Contractor contractor = contractor();
		contractor.moveTo(ContractorStatus.SELECTED, "member", NOW);
		contractor.moveTo(ContractorStatus.CONTRACTED, "member", NOW);
		contractor.moveTo(ContractorStatus.SUSPENDED, "member", NOW);
		contractor.moveTo(ContractorStatus.CONTRACTED, "member", NOW);
		contractor.moveTo(ContractorStatus.TERMINATED, "member", NOW);
		assertThat(contractor.getStatus()).isEqualTo(ContractorStatus.TERMINATED);
	}

	@Test
	void refusesToContractACandidateThatWasNeverSelected() {
		Contractor contractor = contractor();
		assertThatThrownBy(() -> contractor.moveTo(ContractorStatus.CONTRACTED, "member", NOW))
			.isInstanceOf(IllegalContractorTransition.class);
		assertThat(contractor.getStatus()).isEqualTo(ContractorStatus.CANDIDATE);
	}

	@Test
	void refusesEveryMoveOutOfTerminated() {
		Contractor contractor = contractor();
		contractor.moveTo(ContractorStatus.TERMINATED, "member", NOW);
		for (ContractorStatus target : ContractorStatus.values()) {
			assertThatThrownBy(() -> contractor.moveTo(target, "member", NOW))
				.isInstanceOf(IllegalContractorTransition.class);
		}
		assertThat(contractor.nextStatuses()).isEmpty();
	}

	@Test
	void offersOnlyTheAllowedNextStatuses() {
		assertThat(contractor().nextStatuses()).containsExactly(ContractorStatus.SELECTED, ContractorStatus.TERMINATED);
	}

	@Test
	void derivesTierOneForStoredConfidentialInformation() {
		Contractor contractor = contractor(Set.of(AccessKind.STORE), InformationClassification.CONFIDENTIAL, null,
				null);
		assertThat(contractor.getRiskTier()).isEqualTo(RiskTier.TIER_1);
		assertThat(contractor.effectiveRiskTier()).isEqualTo(RiskTier.TIER_1);
	}

	@Test
	void derivesTierThreeForViewingInternalInformation() {
		assertThat(RiskTier.derive(Set.of(AccessKind.VIEW), InformationClassification.INTERNAL))
			.isEqualTo(RiskTier.TIER_3);
	}

	@Test
	void derivesTierTwoForProcessingInternalInformation() {
		assertThat(RiskTier.derive(Set.of(AccessKind.PROCESS), InformationClassification.INTERNAL))
			.isEqualTo(RiskTier.TIER_2);
	}

	@Test
	void derivesTierOneForAnyAccessToStrictlyConfidentialInformation() {
		assertThat(RiskTier.derive(Set.of(AccessKind.VIEW), InformationClassification.STRICTLY_CONFIDENTIAL))
			.isEqualTo(RiskTier.TIER_1);
	}

	@Test
	void overrideWithAReasonReplacesTheDerivedTier() {
		Contractor contractor = contractor(Set.of(AccessKind.VIEW), InformationClassification.PUBLIC, RiskTier.TIER_1,
				"取引額が大きい");
		assertThat(contractor.getRiskTier()).isEqualTo(RiskTier.TIER_3);
		assertThat(contractor.effectiveRiskTier()).isEqualTo(RiskTier.TIER_1);
		assertThat(contractor.getRiskTierOverrideReason()).isEqualTo("取引額が大きい");
	}

	@Test
	void refusesAnOverrideWithoutAReason() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> contractor(Set.of(AccessKind.VIEW), InformationClassification.PUBLIC, RiskTier.TIER_1, " "));
	}

	@Test
	void acceptsTheCorporateNumberOfTheNationalTaxAgency() {
		assertThat(CorporateNumber.isValid("7000012050002")).isTrue();
	}

	@Test
	void refusesACorporateNumberWithAWrongCheckDigit() {
		assertThat(CorporateNumber.isValid("8000012050002")).isFalse();
		assertThat(CorporateNumber.isValid("7000012050003")).isFalse();
	}

	@Test
	void refusesACorporateNumberThatIsNotThirteenDigits() {
		assertThat(CorporateNumber.isValid("700001205000")).isFalse();
		assertThat(CorporateNumber.isValid("70000120500０2")).isFalse();
	}

	@Test
	void refusesToStoreAnInvalidCorporateNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Contractor(details("8000012050002"), "m", NOW));
	}

	@Test
	void acceptsKanaWithCompanyLettersAndMiddleDot() {
		assertThat(Kana.isValid("カブシキガイシャ エービーシー")).isTrue();
		assertThat(Kana.isValid("ＡＢＣ・システムズ")).isTrue();
		assertThat(Kana.isValid("かぶしきがいしゃ　ぶつりゅー")).isTrue();
	}

	@Test
	void refusesKanjiAsReading() {
		assertThat(Kana.isValid("株式会社テスト")).isFalse();
	}

	@Test
	void searchTextFoldsHiraganaHalfWidthAndSpaces() {
		assertThat(SearchText.normalize("かぶしき がいしゃ")).isEqualTo(SearchText.normalize("カブシキガイシャ"))
			.isEqualTo(SearchText.normalize("ｶﾌﾞｼｷｶﾞｲｼｬ"));
	}

	@Test
	void searchTextFoldsFullWidthLettersAndCase() {
		assertThat(SearchText.normalize("ＡＢＣ")).isEqualTo(SearchText.normalize("abc"));
	}

	@Test
	void blankOptionalDetailsAreStoredAsNone() {
		Contractor contractor = new Contractor(details("  "), "member", NOW);
		assertThat(contractor.getCorporateNumber()).isNull();
	}

	private static Contractor contractor() {
		return new Contractor(details(null), "member", NOW);
	}

	private static Contractor contractor(Set<AccessKind> access, InformationClassification classification,
			RiskTier override, String reason) {
		return new Contractor(new ContractorDetails("テスト株式会社", "テスト", null, null, null, null, null,
				Set.of(SupplierType.IT_SERVICE), access, classification, override, reason, null, null, null, List.of()),
				"member", NOW);
	}

	private static ContractorDetails details(String corporateNumber) {
		return new ContractorDetails("テスト株式会社", "テスト", corporateNumber, null, null, null, null,
				Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null,
				null, null, null, null, List.of());
	}

}
