package jp.itaku.clause;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/**
 * One cell of the applicability matrix: whether an item applies to contracts of a kind
 * always, or when the contractor has one of the listed kinds of access or supplier types.
 * Immutable: the matrix replaces a cell to change it.
 */
@Embeddable
class ApplicabilityRule {

	@Column(name = "requirement_id", nullable = false, length = 10)
	private String requirementId;

	@Enumerated(EnumType.STRING)
	@Column(name = "contract_kind", nullable = false, length = 30)
	private ContractKind contractKind;

	@Column(name = "always_applies", nullable = false)
	private boolean always;

	@Column(name = "access_kinds", nullable = false, length = 300)
	private String accessKinds;

	@Column(name = "supplier_types", nullable = false, length = 300)
	private String supplierTypes;

	protected ApplicabilityRule() {
	}

	ApplicabilityRule(ApplicabilityCell cell) {
		this.requirementId = cell.requirementId();
		this.contractKind = cell.kind();
		this.always = cell.always();
		this.accessKinds = Codes.join(cell.accessKinds());
		this.supplierTypes = Codes.join(cell.supplierTypes());
	}

	ApplicabilityCell cell() {
		return new ApplicabilityCell(this.requirementId, this.contractKind, this.always,
				Codes.split(this.accessKinds, AccessKind.class), Codes.split(this.supplierTypes, SupplierType.class));
	}

	boolean at(String requirementId, ContractKind kind) {
		return this.requirementId.equals(requirementId) && this.contractKind == kind;
	}

	boolean applies(ContractKind kind, Set<SupplierType> types, Set<AccessKind> access) {
		return this.contractKind == kind && cell().applies(types, access);
	}

	String requirementId() {
		return this.requirementId;
	}

}
