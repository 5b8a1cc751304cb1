package jp.itaku.contractor;

import jp.itaku.shared.AuditableEvent;

/**
 * What every event of a contractor in the register carries: its id, under which the audit
 * trail records it.
 */
public interface ContractorEvent extends AuditableEvent {

	ContractorId contractorId();

	@Override
	default String recordType() {
		return "contractor";
	}

	@Override
	default String recordId() {
		return contractorId().toString();
	}

}
