package jp.itaku.clause;

import jp.itaku.contractor.SupplierType;
import jp.itaku.shared.AuditableEvent;

/** The committee documented or changed the policy of a supplier type (規程 4.2(1)③ S01). */
public record SupplierPolicyChanged(SupplierType supplierType, long version, String changes,
		String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "supplier-policy";
	}

	@Override
	public String recordId() {
		return this.supplierType.name();
	}

	@Override
	public String action() {
		return (this.version == 0) ? "DOCUMENTED" : "CHANGED";
	}

}
