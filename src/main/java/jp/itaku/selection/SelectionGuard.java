package jp.itaku.selection;

import java.util.Optional;

import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.ContractorStatusGuard;

import org.springframework.stereotype.Component;

/**
 * Refuses to select (選定済) a contractor whose latest evaluation is not a pass (適合 or
 * 条件付適合): 規程 4.1(1) SEL-01, その基準に従い委託先を選定する. It reads the evaluations directly, since the
 * register calls it in the middle of its own change.
 */
@Component
class SelectionGuard implements ContractorStatusGuard {

	static final String NO_PASSING_EVALUATION = "selection.error.noPassingEvaluation";

	private final EvaluationRepository evaluations;

	SelectionGuard(EvaluationRepository evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public Optional<String> refusal(ContractorId id, ContractorStatus from, ContractorStatus to) {
		if (to != ContractorStatus.SELECTED) {
			return Optional.empty();
		}
		boolean passing = this.evaluations.findByContractorIdOrderByEvaluatedOnDescCreatedAtDesc(id.value())
			.stream()
			.findFirst()
			.map((evaluation) -> evaluation.getResult().passing())
			.orElse(false);
		return passing ? Optional.empty() : Optional.of(NO_PASSING_EVALUATION);
	}

}
