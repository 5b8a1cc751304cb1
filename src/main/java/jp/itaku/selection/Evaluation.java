package jp.itaku.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An evaluation of a contractor against one criteria version (規程 4.1(1) SEL-01, SEL-04).
 * Its result follows from its scores by {@link EvaluationRules}; it is never changed
 * afterwards: a later judgement is a new evaluation.
 */
@Entity
@Table(name = "selection_evaluation")
class Evaluation {

	@Id
	private UUID id;

	private UUID contractorId;

	private UUID criteriaVersionId;

	private int criteriaNumber;

	@Column(nullable = false, length = 100)
	private String evaluator;

	private LocalDate evaluatedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EvaluationResult result;

	private int scorePercent;

	@Column(nullable = false, length = 2000)
	private String conclusion;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "selection_score", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	private List<Score> scores = new ArrayList<>();

	protected Evaluation() {
	}

	Evaluation(UUID contractorId, CriteriaVersion criteria, List<Score> scores, String evaluator, LocalDate evaluatedOn,
			String conclusion, Instant at) {
		this.id = UUID.randomUUID();
		this.contractorId = contractorId;
		this.criteriaVersionId = criteria.getId();
		this.criteriaNumber = criteria.getNumber();
		this.evaluator = evaluator;
		this.evaluatedOn = evaluatedOn;
		this.conclusion = conclusion;
		this.createdAt = at;
		this.scores.addAll(scores);
		EvaluationRules.Outcome outcome = outcome();
		this.result = outcome.result();
		this.scorePercent = outcome.percent();
	}

	EvaluationRules.Outcome outcome() {
		return EvaluationRules.apply(this.scores.stream().map(Score::scored).toList());
	}

	EvaluationView view() {
		return new EvaluationView(this.id, this.contractorId, this.criteriaVersionId, this.criteriaNumber,
				this.evaluator, this.evaluatedOn, this.result, this.scorePercent, this.conclusion,
				this.scores.stream().map(Score::view).toList());
	}

	UUID getId() {
		return this.id;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	int getCriteriaNumber() {
		return this.criteriaNumber;
	}

	LocalDate getEvaluatedOn() {
		return this.evaluatedOn;
	}

	EvaluationResult getResult() {
		return this.result;
	}

}
