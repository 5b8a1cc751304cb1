package jp.itaku.selection;

/**
 * Where a selected contractor stands with its periodic evaluation (規程 4.1(1) SEL-04), the
 * most urgent first.
 */
public enum ReEvaluationState {

	/** Selected without any evaluation on record. */
	NEVER_EVALUATED,
	/** The next evaluation's due date has passed. */
	OVERDUE,
	/** Due within {@value ReEvaluations#DUE_SOON_DAYS} days. */
	DUE_SOON,
	/** Last evaluated under an older criteria version than the one in force. */
	OUTDATED_CRITERIA,
	/** Evaluated under the criteria in force and not yet due. */
	ON_TIME

}
