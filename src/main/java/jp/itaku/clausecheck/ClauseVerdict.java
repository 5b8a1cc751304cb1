package jp.itaku.clausecheck;

/** Whether a contract holds a required clause (規程 4.2): fully, in part, or not at all. */
public enum ClauseVerdict {

	PRESENT, PARTIAL, ABSENT

}
