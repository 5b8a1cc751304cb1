package jp.itaku.contractor.exchange;

import jp.itaku.shared.AuditableEvent;

/**
 * Someone exported the register: what filter, which format, how many rows. Recorded so
 * that a copy of the register leaving the system is traceable (規程 8: the register holds
 * information about the organisation's suppliers).
 */
public record ContractorsExported(String exportId, String actor, String format, String filter, long rows,
		long replacedCharacters) implements AuditableEvent {

	@Override
	public String recordType() {
		return "contractor-export";
	}

	@Override
	public String recordId() {
		return this.exportId;
	}

	@Override
	public String action() {
		return "EXPORTED";
	}

	@Override
	public String changes() {
		String text = "format: " + this.format + "\nfilter: " + this.filter + "\nrows: " + this.rows;
		return (this.replacedCharacters > 0) ? text + "\nreplacedCharacters: " + this.replacedCharacters : text;
	}

}
