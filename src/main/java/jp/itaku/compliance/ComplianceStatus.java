package jp.itaku.compliance;

/**
 * Where the organisation stands on one requirement.
 */
public enum ComplianceStatus {

	/** Met, as far as the data shows. */
	OK,
	/** A periodic duty falls due soon. */
	DUE_SOON,
	/** A periodic duty is overdue. */
	OVERDUE,
	/** Something the regulation requires is missing. */
	GAP,
	/** Itaku does not track this requirement yet. */
	NOT_TRACKED

}
