package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.itaku.approval.Approvals;
import jp.itaku.approval.Verdict;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import jp.itaku.selection.CriteriaDraft;
import jp.itaku.selection.CriteriaNotices;
import jp.itaku.selection.CriteriaStatus;
import jp.itaku.selection.CriteriaVersionView;
import jp.itaku.selection.CriterionInput;
import jp.itaku.selection.EvaluationInput;
import jp.itaku.selection.EvaluationInput.ScoreInput;
import jp.itaku.selection.EvaluationResult;
import jp.itaku.selection.EvaluationRules;
import jp.itaku.selection.Evaluations;
import jp.itaku.selection.ScoringScale;
import jp.itaku.selection.SelectionCriteria;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The selection demo (規程 4.1(1) SEL-01..04): criteria version 1 recorded as approved
 * three years ago (before the application, so without a 稟議); every contractor evaluated
 * just before it is selected (the register refuses 選定済 otherwise); then version 2 drafted
 * by a member and approved by committee and committee2 through the real approval
 * mechanism, some contractors re-evaluated under it (pass, conditional pass, fail), the
 * contracted ones informed of it. Evaluations dated over a year back leave tier 1
 * re-evaluations overdue; the candidates and the selected-but-not-contracted contractors
 * stay uninformed (SEL-02 gap).
 */
final class DemoSelection {

	static final String CRITERIA = "demo/selection-criteria.tsv";

	static final String EVALUATIONS = "demo/evaluations.tsv";

	private final SelectionCriteria criteria;

	private final Evaluations evaluations;

	private final CriteriaNotices notices;

	private final Approvals approvals;

	private final LocalDate today;

	private final Map<String, DemoRow> selectionRows;

	DemoSelection(SelectionCriteria criteria, Evaluations evaluations, CriteriaNotices notices, Approvals approvals,
			Clock clock) {
		this.criteria = criteria;
		this.evaluations = evaluations;
		this.notices = notices;
		this.approvals = approvals;
		this.today = LocalDate.now(clock);
		this.selectionRows = DemoTable.read(EVALUATIONS)
			.stream()
			.filter((row) -> "selection".equals(row.required("phase")))
			.collect(Collectors.toMap((row) -> row.required("contractor"), (row) -> row));
	}

	/** Criteria version 1, in force for three years, recorded before the contractors. */
	void recordInitialCriteria() {
		LocalDate approved = this.today.minusYears(3);
		this.criteria.recordInitial("委託先選定基準", criteriaOf("1"), approved, approved);
	}

	/** Evaluates a demo contractor just before it moves to {@code target} = 選定済. */
	void beforeStatus(String key, ContractorId id, String responsible, ContractorStatus target) {
		if (target != ContractorStatus.SELECTED) {
			return;
		}
		DemoRow row = this.selectionRows.get(key);
		if (row == null) {
			evaluate(id, responsible, 45, EvaluationResult.PASS, "選定基準を満たすことを確認した。");
		}
		else {
			evaluate(id, row.required("evaluator"), Integer.parseInt(row.required("daysAgo")),
					row.enumValue("profile", EvaluationResult.class), row.required("conclusion"));
		}
	}

	/**
	 * Version 2 through the committee, then the current evaluations and the notices.
	 */
	void afterUsers(DemoContractorIds contractors, List<DemoContractor> demo) {
		CriteriaVersionView draft = DemoActors.as("member", Role.MEMBER, () -> this.criteria.draft("委託先選定基準（クラウド対応）"));
		DemoActors.as("member", Role.MEMBER, () -> this.criteria.revise(draft.id(), draft.version(),
				new CriteriaDraft(draft.title(), null, criteriaOf("2"))));
		UUID approval = DemoActors.as("member", Role.MEMBER, () -> this.criteria.submit(draft.id()));
		for (String member : List.of("committee", "committee2")) {
			if (this.criteria.get(draft.id()).status() == CriteriaStatus.UNDER_REVIEW) {
				DemoActors.as(member, Role.COMMITTEE, () -> this.approvals.decide(approval, Verdict.APPROVE, null));
			}
		}
		for (DemoRow row : DemoTable.read(EVALUATIONS)) {
			if ("current".equals(row.required("phase"))) {
				evaluate(contractors.of(row.required("contractor")), row.required("evaluator"),
						Integer.parseInt(row.required("daysAgo")), row.enumValue("profile", EvaluationResult.class),
						row.required("conclusion"));
			}
		}
		for (DemoContractor contractor : demo) {
			List<ContractorStatus> path = contractor.statusPath();
			if (!path.isEmpty() && path.get(path.size() - 1) == ContractorStatus.CONTRACTED) {
				DemoActors.as("member", Role.MEMBER, () -> this.notices.inform(contractors.of(contractor.key())));
			}
		}
	}

	private void evaluate(ContractorId id, String evaluator, int daysAgo, EvaluationResult profile, String conclusion) {
		DemoActors.as(evaluator, Role.MEMBER, () -> {
			List<CriterionInput> applicable = this.evaluations.applicableCriteria(id);
			return this.evaluations.evaluate(id,
					new EvaluationInput(this.today.minusDays(daysAgo), scores(applicable, profile), conclusion));
		});
	}

	/**
	 * Scores that give {@code profile}: full marks for a pass; a mandatory criterion
	 * failed for a fail; for a conditional pass, full marks lowered criterion by
	 * criterion until the weighted score falls under the pass mark.
	 */
	static List<ScoreInput> scores(List<CriterionInput> criteria, EvaluationResult profile) {
		int[] points = criteria.stream().mapToInt((criterion) -> criterion.scale().max()).toArray();
		if (profile == EvaluationResult.FAIL) {
			for (int i = 0; i < criteria.size(); i++) {
				if (criteria.get(i).mandatory()) {
					points[i] = 0;
					break;
				}
			}
		}
		for (int i = 0; i < criteria.size() && profile == EvaluationResult.CONDITIONAL
				&& outcome(criteria, points) == EvaluationResult.PASS; i++) {
			if (!criteria.get(i).mandatory() && criteria.get(i).scale() == ScoringScale.ZERO_TO_THREE) {
				points[i] = 1;
			}
		}
		if (outcome(criteria, points) != profile) {
			throw new IllegalStateException("demo scores do not give " + profile);
		}
		List<ScoreInput> scores = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			scores.add(new ScoreInput(criteria.get(i).code(), points[i], (points[i] == 0) ? "未整備" : "書面で確認"));
		}
		return scores;
	}

	private static EvaluationResult outcome(List<CriterionInput> criteria, int[] points) {
		List<EvaluationRules.Scored> scored = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			CriterionInput criterion = criteria.get(i);
			scored.add(new EvaluationRules.Scored(criterion.code(), criterion.weight(), criterion.scale(),
					criterion.mandatory(), points[i]));
		}
		return EvaluationRules.apply(scored).result();
	}

	private static List<CriterionInput> criteriaOf(String version) {
		return DemoTable.read(CRITERIA)
			.stream()
			.filter((row) -> row.list("versions", ",").contains(version))
			.map((row) -> new CriterionInput(row.required("code"), row.required("description"),
					row.enumSet("supplierTypes", SupplierType.class), row.enumSet("riskTiers", RiskTier.class),
					Integer.parseInt(row.required("weight")), row.enumValue("scale", ScoringScale.class),
					Boolean.parseBoolean(row.required("mandatory"))))
			.toList();
	}

}
