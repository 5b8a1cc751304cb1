package jp.itaku.selection;

import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.RiskTier;

/**
 * A selected contractor's periodic evaluation: when it was last evaluated, under which
 * criteria version, with which result, and when the next evaluation falls due.
 */
public record ReEvaluationRow(UUID contractorId, String name, ContractorStatus status, RiskTier riskTier,
		LocalDate lastEvaluatedOn, EvaluationResult lastResult, Integer criteriaNumber, LocalDate dueOn,
		ReEvaluationState state) {

}
