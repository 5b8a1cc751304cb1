package jp.itaku.regulation;

import jp.itaku.shared.AuditableEvent;

/**
 * A subject acknowledged (既読確認) a version of the regulation (規程 8 PUB-01).
 *
 * @param number the version
 * @param actor the subject who acknowledged it
 */
public record RegulationAcknowledged(int number, String actor) implements AuditableEvent {

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
		return "ACKNOWLEDGED";
	}

	@Override
	public String changes() {
		return "acknowledged by " + this.actor;
	}

}
