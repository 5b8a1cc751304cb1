package jp.itaku.selection;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;

/**
 * One selection criterion of a criteria version (規程 4.1(1) SEL-01). It applies to the
 * listed supplier types and risk tiers; none listed means all.
 */
@Embeddable
class Criterion {

	@Column(nullable = false, length = 20)
	private String code;

	@Column(nullable = false, length = 1000)
	private String description;

	@Column(name = "supplier_types", nullable = false, length = 300)
	private String supplierTypes;

	@Column(name = "risk_tiers", nullable = false, length = 100)
	private String riskTiers;

	private int weight;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ScoringScale scale;

	private boolean mandatory;

	protected Criterion() {
	}

	Criterion(CriterionInput input) {
		this.code = input.code();
		this.description = input.description();
		this.supplierTypes = join(input.supplierTypes());
		this.riskTiers = join(input.riskTiers());
		this.weight = input.weight();
		this.scale = input.scale();
		this.mandatory = input.mandatory();
	}

	CriterionInput input() {
		return new CriterionInput(this.code, this.description, supplierTypeSet(), riskTierSet(), this.weight,
				this.scale, this.mandatory);
	}

	boolean appliesTo(Set<SupplierType> types, RiskTier tier) {
		Set<SupplierType> mine = supplierTypeSet();
		Set<RiskTier> tiers = riskTierSet();
		boolean typeMatches = mine.isEmpty() || types.stream().anyMatch(mine::contains);
		return typeMatches && (tiers.isEmpty() || tiers.contains(tier));
	}

	Set<SupplierType> supplierTypeSet() {
		return split(this.supplierTypes, SupplierType.class);
	}

	Set<RiskTier> riskTierSet() {
		return split(this.riskTiers, RiskTier.class);
	}

	String getCode() {
		return this.code;
	}

	String getDescription() {
		return this.description;
	}

	int getWeight() {
		return this.weight;
	}

	ScoringScale getScale() {
		return this.scale;
	}

	boolean isMandatory() {
		return this.mandatory;
	}

	private static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
		Set<E> result = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map((name) -> Enum.valueOf(type, name)).forEach(result::add);
		}
		return result;
	}

}
