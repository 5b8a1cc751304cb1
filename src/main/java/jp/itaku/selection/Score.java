package jp.itaku.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One criterion's score in an evaluation, with a copy of what was scored, so that the
 * evaluation reads the same after the criteria change (規程 4.1(1) SEL-04).
 */
@Embeddable
class Score {

	@Column(nullable = false, length = 20)
	private String code;

	@Column(nullable = false, length = 1000)
	private String description;

	private int weight;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ScoringScale scale;

	private boolean mandatory;

	private int score;

	@Column(length = 2000)
	private String evidence;

	protected Score() {
	}

	Score(Criterion criterion, int score, String evidence) {
		this.code = criterion.getCode();
		this.description = criterion.getDescription();
		this.weight = criterion.getWeight();
		this.scale = criterion.getScale();
		this.mandatory = criterion.isMandatory();
		this.score = score;
		this.evidence = evidence;
	}

	EvaluationRules.Scored scored() {
		return new EvaluationRules.Scored(this.code, this.weight, this.scale, this.mandatory, this.score);
	}

	ScoreView view() {
		return new ScoreView(this.code, this.description, this.weight, this.scale, this.mandatory, this.score,
				this.evidence);
	}

}
