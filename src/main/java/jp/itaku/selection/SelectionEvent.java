package jp.itaku.selection;

import jp.itaku.shared.AuditableEvent;

/**
 * A change to a selection record (criteria version, evaluation, notice, review), recorded
 * by the audit trail.
 *
 * @param recordType {@code selection-criteria}, {@code selection-evaluation},
 * {@code selection-notice} or {@code selection-review}
 */
public record SelectionEvent(String recordType, String recordId, String action, String actor,
		String changes) implements AuditableEvent {

}
