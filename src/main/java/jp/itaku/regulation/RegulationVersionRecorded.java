package jp.itaku.regulation;

import jp.itaku.shared.AuditableEvent;

/**
 * A version of the regulation was recorded (規程 9 改訂), as a draft or, at first start, as
 * the version in force.
 *
 * @param number the version number
 * @param actor who recorded it
 * @param changes its status and change summary
 */
public record RegulationVersionRecorded(int number, String actor, String changes) implements AuditableEvent {

	@Override
	public String recordType() {
		return "regulation-version";
	}

	@Override
	public String recordId() {
		return String.valueOf(this.number);
	}

	@Override
	public String action() {
		return "recorded";
	}

}
