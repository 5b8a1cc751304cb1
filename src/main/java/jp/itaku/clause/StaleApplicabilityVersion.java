package jp.itaku.clause;

import jp.itaku.shared.ConflictException;

/** Someone changed the applicability matrix since the caller read it. */
public class StaleApplicabilityVersion extends ConflictException {

	StaleApplicabilityVersion(long expected, long actual) {
		super("applicability matrix is at version " + actual + ", not " + expected, "clause.applicability.stale");
	}

}
