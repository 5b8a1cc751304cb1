package jp.itaku.selection;

/**
 * The result of an evaluation (規程 4.1(1) SEL-01): 適合, 条件付適合 or 不適合. Both 適合 and 条件付適合
 * allow a contractor to be selected; 条件付適合 opens a corrective action.
 */
public enum EvaluationResult {

	/** 適合 */
	PASS,
	/** 条件付適合 */
	CONDITIONAL,
	/** 不適合 */
	FAIL;

	/** Whether the contractor may be selected on this result. */
	public boolean passing() {
		return this != FAIL;
	}

}
