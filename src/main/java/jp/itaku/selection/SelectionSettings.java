package jp.itaku.selection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.itaku.contractor.RiskTier;

/**
 * How often the criteria and the contractors are reviewed (規程 4.1(1) SEL-03, SEL-04).
 *
 * @param criteriaReviewMonths months between reviews of the criteria (default 12)
 * @param tier1Months months between evaluations of a tier 1 contractor (default 12)
 * @param tier2Months of a tier 2 contractor (default 24)
 * @param tier3Months of a tier 3 contractor (default 36)
 */
@ConfigurationProperties("itaku.selection")
public record SelectionSettings(@DefaultValue("12") int criteriaReviewMonths, @DefaultValue("12") int tier1Months,
		@DefaultValue("24") int tier2Months, @DefaultValue("36") int tier3Months) {

	public SelectionSettings {
		if (criteriaReviewMonths < 1 || tier1Months < 1 || tier2Months < 1 || tier3Months < 1) {
			throw new IllegalArgumentException("review intervals are at least one month");
		}
	}

	/** The months between evaluations of a contractor of {@code tier}. */
	public int reEvaluationMonths(RiskTier tier) {
		return switch (tier) {
			case TIER_1 -> this.tier1Months;
			case TIER_2 -> this.tier2Months;
			case TIER_3 -> this.tier3Months;
		};
	}

}
