package jp.itaku.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.approval.ApprovalGranted;
import jp.itaku.contractor.ContractorId;

import org.springframework.context.ApplicationContext;

/**
 * Test fixtures of the selection module for tests of any module: criteria in force and a
 * passing evaluation, which a contractor needs before it may be selected (規程 4.1(1)).
 */
public final class SelectionFixtures {

	private SelectionFixtures() {
	}

	/** A criterion that applies to every contractor, scored 0–3. */
	public static CriterionInput general(String code, int weight, boolean mandatory) {
		return new CriterionInput(code, "基準 " + code, Set.of(), Set.of(), weight, ScoringScale.ZERO_TO_THREE,
				mandatory);
	}

	/**
	 * Makes sure criteria are in force: the initial version recorded when there is none,
	 * else a new version approved (the committee's decision delivered as its event).
	 */
	public static CriteriaVersionView criteriaInForce(ApplicationContext context) {
		SelectionCriteria criteria = context.getBean(SelectionCriteria.class);
		return criteria.inForce().orElseGet(() -> approveNew(context, List.of(general("G01", 10, true))));
	}

	/** Drafts, submits and approves a new version with {@code list}; in force today. */
	public static CriteriaVersionView approveNew(ApplicationContext context, List<CriterionInput> list) {
		SelectionCriteria criteria = context.getBean(SelectionCriteria.class);
		if (criteria.history().isEmpty()) {
			LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
			return criteria.recordInitial("初版", list, today, today);
		}
		CriteriaVersionView draft = criteria.draft("テスト版");
		criteria.revise(draft.id(), draft.version(), new CriteriaDraft("テスト版", null, list));
		UUID approval = criteria.submit(draft.id());
		context.publishEvent(new ApprovalGranted(approval, SelectionCriteria.SUBJECT_TYPE, draft.id().toString(), 1,
				"member", "committee"));
		return criteria.get(draft.id());
	}

	/** Records an evaluation with full marks on every applicable criterion. */
	public static EvaluationView passingEvaluation(ApplicationContext context, ContractorId id) {
		criteriaInForce(context);
		Evaluations evaluations = context.getBean(Evaluations.class);
		List<EvaluationInput.ScoreInput> scores = evaluations.applicableCriteria(id)
			.stream()
			.map((criterion) -> new EvaluationInput.ScoreInput(criterion.code(), criterion.scale().max(), "確認済"))
			.toList();
		return evaluations.evaluate(id, new EvaluationInput(null, scores, "基準を満たす"));
	}

}
