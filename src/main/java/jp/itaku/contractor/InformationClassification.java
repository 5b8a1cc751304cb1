package jp.itaku.contractor;

/**
 * The highest classification of the organisation's information a contractor handles,
 * lowest first.
 */
public enum InformationClassification {

	/** 公開 */
	PUBLIC,
	/** 社外秘 */
	INTERNAL,
	/** 秘 */
	CONFIDENTIAL,
	/** 極秘 */
	STRICTLY_CONFIDENTIAL

}
