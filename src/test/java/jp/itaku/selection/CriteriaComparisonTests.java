package jp.itaku.selection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.RiskTier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaComparisonTests {

	@Test
	void listsTheCriteriaAddedRemovedAndChangedByCode() {
		CriterionInput kept = criterion("C01", 10);
		CriteriaComparison comparison = CriteriaComparison.between(
				version(1, List.of(kept, criterion("C02", 10), criterion("C03", 10))),
				version(2, List.of(kept, criterion("C02", 20), criterion("C04", 10))));
		assertThat(comparison.added()).extracting(CriterionInput::code).containsExactly("C04");
		assertThat(comparison.removed()).extracting(CriterionInput::code).containsExactly("C03");
		assertThat(comparison.changed()).singleElement()
			.satisfies((change) -> assertThat(change.after().weight()).isEqualTo(20));
	}

	@Test
	void aCriterionAppliesOnlyToItsTiersAndTypes() {
		Criterion tierOne = new Criterion(
				new CriterionInput("C01", "x", Set.of(), Set.of(RiskTier.TIER_1), 1, ScoringScale.PASS_FAIL, false));
		assertThat(tierOne.appliesTo(Set.of(), RiskTier.TIER_1)).isTrue();
		assertThat(tierOne.appliesTo(Set.of(), RiskTier.TIER_2)).isFalse();
	}

	private static CriterionInput criterion(String code, int weight) {
		return new CriterionInput(code, "基準 " + code, Set.of(), Set.of(), weight, ScoringScale.ZERO_TO_THREE, false);
	}

	private static CriteriaVersionView version(int number, List<CriterionInput> criteria) {
		return new CriteriaVersionView(UUID.randomUUID(), number, "v", CriteriaStatus.APPROVED, null, null, null, "m",
				0, false, criteria);
	}

}
