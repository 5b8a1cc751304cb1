package jp.itaku.notification;

import jp.itaku.shared.AuditableEvent;

/**
 * A notice was given to some people; recorded in the audit trail under its link (or its
 * kind when it has none).
 *
 * @param kind the kind of notice
 * @param link the application path it is about, or {@code null}
 * @param recipients how many people were notified
 * @param actor who sent it, or {@code system}
 */
public record NotificationsSent(String kind, String link, int recipients, String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "notification";
	}

	@Override
	public String recordId() {
		return (this.link != null) ? this.link : this.kind;
	}

	@Override
	public String action() {
		return "SENT";
	}

	@Override
	public String changes() {
		return "kind: " + this.kind + ", recipients: " + this.recipients;
	}

}
