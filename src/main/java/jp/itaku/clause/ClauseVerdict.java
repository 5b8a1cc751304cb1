package jp.itaku.clause;

/**
 * What the reviewer found for one required item in a contract.
 */
public enum ClauseVerdict {

	/** 記載あり */
	PRESENT,
	/** 一部記載 */
	PARTIAL,
	/** 記載なし */
	ABSENT,
	/** 対象外 */
	NOT_APPLICABLE

}
