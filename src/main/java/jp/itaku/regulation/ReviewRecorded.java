package jp.itaku.regulation;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * The committee recorded its yearly review of the regulation (規程 9 REV-03).
 *
 * @param id the review
 * @param actor who recorded it
 * @param changes what it says
 */
public record ReviewRecorded(UUID id, String actor, String changes) implements AuditableEvent {

	@Override
	public String recordType() {
		return "regulation-review";
	}

	@Override
	public String recordId() {
		return this.id.toString();
	}

	@Override
	public String action() {
		return "RECORDED";
	}

}
