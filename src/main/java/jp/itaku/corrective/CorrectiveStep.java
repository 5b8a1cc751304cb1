package jp.itaku.corrective;

/** What one line of a corrective action's history records. */
enum CorrectiveStep {

	OPENED, STARTED, DONE, VERIFIED, REJECTED

}
