package jp.itaku.clause;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/**
 * The committee's documented policy for one kind of supplier (規程 4.2(1)③ S01): the kinds
 * of access to the organisation's information it may be granted, and why.
 */
@Entity
@Table(name = "clause_supplier_policy")
class SupplierPolicy {

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "supplier_type", length = 30)
	private SupplierType supplierType;

	@Version
	private Long version;

	@Column(name = "permitted_access", nullable = false, length = 300)
	private String permittedAccess;

	@Column(nullable = false, length = 2000)
	private String description;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SupplierPolicy() {
	}

	SupplierPolicy(SupplierType supplierType) {
		this.supplierType = supplierType;
		this.permittedAccess = "";
		this.description = "";
	}

	/**
	 * @return what changed, for the audit trail (empty when nothing did)
	 */
	String change(Set<AccessKind> access, String text, String actor, Instant now) {
		String before = this.permittedAccess;
		String after = Codes.join(access);
		if (before.equals(after) && this.description.equals(text)) {
			return "";
		}
		this.permittedAccess = after;
		this.description = text;
		this.updatedBy = actor;
		this.updatedAt = now;
		return "permitted access: [" + before + "] → [" + after + "]; description: " + text;
	}

	Set<AccessKind> permittedAccess() {
		return Codes.split(this.permittedAccess, AccessKind.class);
	}

	SupplierType getSupplierType() {
		return this.supplierType;
	}

	/**
	 * The version callers see: 0 while never documented, so that two first documentations
	 * cannot overwrite each other.
	 */
	long getVersion() {
		return (this.version != null) ? this.version + 1 : 0;
	}

	String getDescription() {
		return this.description;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
