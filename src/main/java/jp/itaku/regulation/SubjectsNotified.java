package jp.itaku.regulation;

import jp.itaku.shared.AuditableEvent;

/**
 * The subjects of the regulation were told of a version (規程 9 REV-02, REV-03 "全対象者に通知"):
 * all of them when it was approved, or those who had not acknowledged it when the
 * committee reminded them.
 *
 * @param number the version
 * @param action NOTIFIED or REMINDED
 * @param actor who caused it
 * @param recipients how many were told
 */
public record SubjectsNotified(int number, String action, String actor, int recipients) implements AuditableEvent {

	@Override
	public String recordType() {
		return "regulation-version";
	}

	@Override
	public String recordId() {
		return String.valueOf(this.number);
	}

	@Override
	public String changes() {
		return "recipients: " + this.recipients;
	}

}
