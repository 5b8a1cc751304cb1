package jp.itaku.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation form: one row per applicable criterion ({@code rows[3].score}), the date
 * and the conclusion.
 */
class EvaluationForm {

	private LocalDate evaluatedOn;

	private String conclusion;

	private List<Row> rows = new ArrayList<>();

	static EvaluationForm blank(List<CriterionInput> criteria, LocalDate today) {
		EvaluationForm form = new EvaluationForm();
		form.evaluatedOn = today;
		criteria.forEach((criterion) -> {
			Row row = new Row();
			row.setCode(criterion.code());
			form.rows.add(row);
		});
		return form;
	}

	EvaluationInput input() {
		return new EvaluationInput(this.evaluatedOn, scores(), this.conclusion);
	}

	List<EvaluationInput.ScoreInput> scores() {
		return this.rows.stream()
			.map((row) -> new EvaluationInput.ScoreInput(row.getCode(), row.getScore(), row.getEvidence()))
			.toList();
	}

	public LocalDate getEvaluatedOn() {
		return this.evaluatedOn;
	}

	public void setEvaluatedOn(LocalDate evaluatedOn) {
		this.evaluatedOn = evaluatedOn;
	}

	public String getConclusion() {
		return this.conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = conclusion;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One criterion's score as entered. */
	public static class Row {

		private String code;

		private Integer score;

		private String evidence;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public String getEvidence() {
			return this.evidence;
		}

		public void setEvidence(String evidence) {
			this.evidence = evidence;
		}

	}

}
