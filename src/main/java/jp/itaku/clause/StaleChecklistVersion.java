package jp.itaku.clause;

import jp.itaku.shared.ConflictException;

/** Someone changed the checklist since the caller read it. */
public class StaleChecklistVersion extends ConflictException {

	StaleChecklistVersion(String subject, long expected, long actual) {
		super("checklist " + subject + " is at version " + actual + ", not " + expected, "clause.checklist.stale");
	}

}
