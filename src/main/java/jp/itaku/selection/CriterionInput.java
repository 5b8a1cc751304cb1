package jp.itaku.selection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;
import jp.itaku.shared.InvalidInputException.FieldProblem;

/**
 * A criterion as drafted: a short code (e.g. {@code C01}), what is judged, the supplier
 * types and risk tiers it applies to (empty: all), its weight (1–100), its scale and
 * whether a fail on it fails the whole evaluation.
 */
public record CriterionInput(String code, String description, Set<SupplierType> supplierTypes, Set<RiskTier> riskTiers,
		int weight, ScoringScale scale, boolean mandatory) {

	public static final int MAX_CODE = 20;

	public static final int MAX_DESCRIPTION = 1000;

	public CriterionInput {
		code = (code != null) ? code.strip() : "";
		description = (description != null) ? description.strip() : "";
		supplierTypes = (supplierTypes == null || supplierTypes.isEmpty()) ? Set.of()
				: Set.copyOf(EnumSet.copyOf(supplierTypes));
		riskTiers = (riskTiers == null || riskTiers.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(riskTiers));
		scale = (scale != null) ? scale : ScoringScale.ZERO_TO_THREE;
	}

	/** What is wrong with this criterion, as the {@code index}-th of the list. */
	List<FieldProblem> problems(int index) {
		List<FieldProblem> problems = new ArrayList<>();
		String prefix = "criteria[" + index + "].";
		if (this.code.isEmpty() || this.code.length() > MAX_CODE) {
			problems.add(new FieldProblem(prefix + "code", "selection.validation.code", new Object[] { MAX_CODE }));
		}
		if (this.description.isEmpty() || this.description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem(prefix + "description", "selection.validation.description",
					new Object[] { MAX_DESCRIPTION }));
		}
		if (this.weight < 1 || this.weight > 100) {
			problems.add(new FieldProblem(prefix + "weight", "selection.validation.weight"));
		}
		return problems;
	}

}
