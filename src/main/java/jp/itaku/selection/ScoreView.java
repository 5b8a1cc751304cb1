package jp.itaku.selection;

/** One criterion's score in an evaluation, with the criterion as it was scored. */
public record ScoreView(String code, String description, int weight, ScoringScale scale, boolean mandatory, int score,
		String evidence) {

	/** Whether the criterion was failed (scored 0). */
	public boolean failed() {
		return this.score == 0;
	}

}
