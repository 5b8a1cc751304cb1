package jp.itaku.contractreview;

/**
 * What a contract review concluded (規程 4.3(1) MGT-01).
 */
public enum ContractReviewOutcome {

	/**
	 * 確認済: the contract and its checklist hold what the regulation requires; the next
	 * periodic review counts from this one. Refused while a review gate has open points.
	 */
	CONFIRMED,
	/** 要対応: the review found points to correct; the actions it opens say what. */
	ACTION_REQUIRED

}
