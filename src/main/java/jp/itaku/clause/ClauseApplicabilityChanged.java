package jp.itaku.clause;

import jp.itaku.shared.AuditableEvent;

/**
 * The committee changed the applicability matrix (規程 4.2); every checklist follows.
 *
 * @param version the matrix's new version
 * @param changes the cells changed, before → after
 */
public record ClauseApplicabilityChanged(long version, String changes, String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "clause-applicability";
	}

	@Override
	public String recordId() {
		return "matrix";
	}

	@Override
	public String action() {
		return "CHANGED";
	}

}
