package jp.itaku.subcontracting;

import jp.itaku.shared.AuditableEvent;

/**
 * Something happened to a subcontracting request or a finding (規程 4.2(3)① R01): filed,
 * amended, decided, activated, ended, recorded, closed. Recorded in the audit trail under
 * the record.
 *
 * @param recordType {@code subcontracting-request} or {@code subcontracting-finding}
 * @param recordId the record's id
 * @param action what happened, e.g. REQUESTED, APPROVED, ACTIVATED, RECORDED, CLOSED
 * @param actor who did it
 * @param changes what changed
 */
public record SubcontractingEvent(String recordType, String recordId, String action, String actor,
		String changes) implements AuditableEvent {

	static final String REQUEST = "subcontracting-request";

	static final String FINDING = "subcontracting-finding";

}
