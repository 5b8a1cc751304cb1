package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation (評価) facade (規程 4.1(1) SEL-01, SEL-04): a contractor is evaluated
 * against the criteria version in force, only on the criteria that apply to its supplier
 * types and risk tier; the result follows from {@link EvaluationRules}; the next
 * evaluation falls due by risk tier; failed criteria and a conditional pass open
 * corrective actions.
 */
@Service
@Transactional
public class Evaluations {

	static final String RECORD_TYPE = "selection-evaluation";

	private final EvaluationRepository evaluations;

	private final SelectionCriteria criteria;

	private final Contractors contractors;

	private final SelectionDuties duties;

	private final EvaluationCorrections corrections;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(EvaluationRepository evaluations, SelectionCriteria criteria, Contractors contractors,
			SelectionDuties duties, EvaluationCorrections corrections, CurrentUsers users,
			ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.criteria = criteria;
		this.contractors = contractors;
		this.duties = duties;
		this.corrections = corrections;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The criteria of the version in force that apply to the contractor, in order.
	 * @throws ConflictException when no criteria version is in force
	 */
	@Transactional(readOnly = true)
	public List<CriterionInput> applicableCriteria(ContractorId id) {
		Contractor contractor = this.contractors.get(id);
		return applicable(inForce(), contractor).stream().map(Criterion::input).toList();
	}

	/**
	 * Records an evaluation by the caller.
	 * @throws InvalidInputException when a score is missing or out of its scale, a text
	 * is too long or the date lies in the future
	 * @throws ConflictException when no criteria version is in force
	 */
	public EvaluationView evaluate(ContractorId id, EvaluationInput input) {
		Contractor contractor = this.contractors.get(id);
		CriteriaVersion version = inForce();
		List<Criterion> applicable = applicable(version, contractor);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = (input.evaluatedOn() != null) ? input.evaluatedOn() : today;
		List<Score> scores = scores(applicable, input, on, today);
		String evaluator = this.users.actorName();
		Evaluation evaluation = this.evaluations
			.save(new Evaluation(id.value(), version, scores, evaluator, on, input.conclusion(), this.clock.instant()));
		EvaluationView view = evaluation.view();
		this.events.publishEvent(new SelectionEvent(RECORD_TYPE, view.id().toString(), "EVALUATED", evaluator,
				"contractor: " + id + "; criteria version: " + version.getNumber() + "; result: " + view.result()
						+ "; score: " + view.scorePercent() + "%"));
		String owner = (contractor.getResponsibleMember() != null) ? contractor.getResponsibleMember() : evaluator;
		this.duties.reEvaluationDue(id, contractor.getName(), owner,
				this.duties.nextEvaluation(on, contractor.effectiveRiskTier()));
		this.corrections.open(view, owner, today);
		return view;
	}

	/**
	 * The weighted score and result the given scores would give, for the form's live
	 * total; only the criteria scored so far count, the rest are reported as unscored.
	 */
	@Transactional(readOnly = true)
	public Preview preview(ContractorId id, List<EvaluationInput.ScoreInput> scores) {
		Contractor contractor = this.contractors.get(id);
		Map<String, Integer> given = new HashMap<>();
		scores.stream()
			.filter((score) -> score.score() != null)
			.forEach((score) -> given.put(score.code(), score.score()));
		List<EvaluationRules.Scored> scored = new ArrayList<>();
		int unscored = 0;
		for (Criterion criterion : applicable(inForce(), contractor)) {
			Integer score = given.get(criterion.getCode());
			if (score == null || !criterion.getScale().accepts(score)) {
				unscored++;
			}
			else {
				scored.add(new EvaluationRules.Scored(criterion.getCode(), criterion.getWeight(), criterion.getScale(),
						criterion.isMandatory(), score));
			}
		}
		EvaluationRules.Outcome outcome = EvaluationRules.apply(scored);
		return new Preview(outcome.percent(), outcome.result(), unscored);
	}

	/** One evaluation, if the caller may see its contractor. */
	@Transactional(readOnly = true)
	public EvaluationView get(java.util.UUID evaluationId) {
		Evaluation evaluation = this.evaluations.findById(evaluationId)
			.orElseThrow(() -> new jp.itaku.shared.NotFoundException("evaluation " + evaluationId));
		this.contractors.get(new ContractorId(evaluation.getContractorId()));
		return evaluation.view();
	}

	/** What the form's scores so far give. */
	public record Preview(int percent, EvaluationResult result, int unscored) {

	}

	/** The contractor's evaluations, the latest first. */
	@Transactional(readOnly = true)
	public List<EvaluationView> of(ContractorId id) {
		this.contractors.get(id);
		return this.evaluations.findByContractorIdOrderByEvaluatedOnDescCreatedAtDesc(id.value())
			.stream()
			.map(Evaluation::view)
			.toList();
	}

	/** The contractor's latest evaluation, without checking what the caller may see. */
	@Transactional(readOnly = true)
	public Optional<EvaluationView> latest(ContractorId id) {
		return this.evaluations.findByContractorIdOrderByEvaluatedOnDescCreatedAtDesc(id.value())
			.stream()
			.findFirst()
			.map(Evaluation::view);
	}

	/** The latest evaluation of every contractor ever evaluated. */
	@Transactional(readOnly = true)
	Map<java.util.UUID, Evaluation> latestOfAll() {
		Map<java.util.UUID, Evaluation> latest = new HashMap<>();
		for (Evaluation evaluation : this.evaluations.findAllByOrderByContractorIdAscEvaluatedOnDescCreatedAtDesc()) {
			latest.putIfAbsent(evaluation.getContractorId(), evaluation);
		}
		return latest;
	}

	private CriteriaVersion inForce() {
		return this.criteria.inForceVersion()
			.orElseThrow(() -> new ConflictException("no criteria in force", "selection.error.noneInForce"));
	}

	private static List<Criterion> applicable(CriteriaVersion version, Contractor contractor) {
		return version.getCriteria()
			.stream()
			.filter((criterion) -> criterion.appliesTo(contractor.getSupplierTypes(), contractor.effectiveRiskTier()))
			.toList();
	}

	private static List<Score> scores(List<Criterion> applicable, EvaluationInput input, LocalDate on,
			LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (on.isAfter(today)) {
			problems.add(new FieldProblem("evaluatedOn", "selection.validation.evaluatedOn"));
		}
		if (input.conclusion().isEmpty() || input.conclusion().length() > EvaluationInput.MAX_TEXT) {
			problems.add(new FieldProblem("conclusion", "selection.validation.conclusion",
					new Object[] { EvaluationInput.MAX_TEXT }));
		}
		Map<String, EvaluationInput.ScoreInput> given = new HashMap<>();
		input.scores().forEach((score) -> given.put(score.code(), score));
		List<Score> scores = new ArrayList<>();
		for (int i = 0; i < applicable.size(); i++) {
			Criterion criterion = applicable.get(i);
			EvaluationInput.ScoreInput score = given.get(criterion.getCode());
			if (score == null || score.score() == null || !criterion.getScale().accepts(score.score())) {
				problems.add(new FieldProblem("scores[" + i + "].score", "selection.validation.score",
						new Object[] { criterion.getCode(), criterion.getScale().max() }));
			}
			else if (score.evidence() != null && score.evidence().length() > EvaluationInput.MAX_TEXT) {
				problems.add(new FieldProblem("scores[" + i + "].evidence", "selection.validation.evidence",
						new Object[] { EvaluationInput.MAX_TEXT }));
			}
			else {
				scores.add(new Score(criterion, score.score(), score.evidence()));
			}
		}
		if (applicable.isEmpty()) {
			problems.add(new FieldProblem("scores", "selection.validation.noApplicable"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return scores;
	}

}
