package jp.itaku.selection;

/**
 * How a criterion is scored. A score of 0 is a fail on the criterion under either scale.
 */
public enum ScoringScale {

	/** 0 (不可) to 3 (十分). */
	ZERO_TO_THREE(3),
	/** 0 (不可) or 1 (可). */
	PASS_FAIL(1);

	private final int max;

	ScoringScale(int max) {
		this.max = max;
	}

	public int max() {
		return this.max;
	}

	public boolean accepts(int score) {
		return score >= 0 && score <= this.max;
	}

}
