package jp.itaku.contractor.exchange;

import jp.itaku.shared.AuditableEvent;

/**
 * An import of the register was committed. Each contractor it created or changed is
 * recorded on its own by the register's events; this records the import as a whole.
 */
public record ContractorsImported(String token, String actor, String fileName, long created,
		long updated) implements AuditableEvent {

	@Override
	public String recordType() {
		return "contractor-import";
	}

	@Override
	public String recordId() {
		return this.token;
	}

	@Override
	public String action() {
		return "IMPORTED";
	}

	@Override
	public String changes() {
		return "file: " + this.fileName + "\ncreated: " + this.created + "\nupdated: " + this.updated;
	}

}
