package jp.itaku.contract;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * What every change of a contract tells the audit trail (操作記録) and the modules that
 * follow contracts (the clause checklist, subcontracting).
 */
public interface ContractEvent extends AuditableEvent {

	UUID contractId();

	UUID contractorId();

	@Override
	default String recordType() {
		return "contract";
	}

	@Override
	default String recordId() {
		return contractId().toString();
	}

}
