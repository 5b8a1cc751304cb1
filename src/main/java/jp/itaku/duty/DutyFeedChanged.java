package jp.itaku.duty;

import java.util.Locale;

import jp.itaku.shared.AuditableEvent;

/**
 * A user turned on, renewed or revoked their private calendar feed. The token itself is
 * never recorded.
 *
 * @param username whose feed
 * @param action {@code ISSUED}, {@code RENEWED} or {@code REVOKED}
 * @param actor who did it
 */
public record DutyFeedChanged(String username, String action, String actor) implements jp.itaku.shared.AuditableEvent {

	@Override
	public String recordType() {
		return "duty-feed";
	}

	@Override
	public String recordId() {
		return this.username;
	}

	@Override
	public String changes() {
		return "calendar feed " + this.action.toLowerCase(Locale.ROOT);
	}

}
