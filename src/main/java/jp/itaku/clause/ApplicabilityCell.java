package jp.itaku.clause;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/**
 * One cell of the committee's applicability matrix (規程 4.2): the item applies to a
 * contract of the kind when {@code always}, or when the contractor has one of
 * {@code accessKinds}, or is of one of {@code supplierTypes}; with none of them it never
 * applies.
 *
 * @param requirementId the item, e.g. {@code N01}
 * @param kind the contract kind
 * @param always applies whatever the contractor
 * @param accessKinds applies when the contractor has one of these kinds of access
 * ({@link AccessKind#NONE} is not a kind of access and is ignored)
 * @param supplierTypes applies when the contractor is of one of these supplier types
 */
public record ApplicabilityCell(String requirementId, ContractKind kind, boolean always, Set<AccessKind> accessKinds,
		Set<SupplierType> supplierTypes) {

	public ApplicabilityCell {
		accessKinds = copy(accessKinds, AccessKind.class);
		accessKinds.remove(AccessKind.NONE);
		accessKinds = Collections.unmodifiableSet(accessKinds);
		supplierTypes = Collections.unmodifiableSet(copy(supplierTypes, SupplierType.class));
	}

	/** Whether the item applies to a contractor of these supplier types and access. */
	public boolean applies(Set<SupplierType> types, Set<AccessKind> access) {
		if (this.always) {
			return true;
		}
		return access.stream().anyMatch(this.accessKinds::contains)
				|| types.stream().anyMatch(this.supplierTypes::contains);
	}

	/** Whether it never applies. */
	public boolean never() {
		return !this.always && this.accessKinds.isEmpty() && this.supplierTypes.isEmpty();
	}

	/** Whether it applies whenever the contractor has any access at all. */
	public boolean anyAccess() {
		return this.accessKinds.size() == AccessKind.values().length - 1;
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		Set<E> copy = EnumSet.noneOf(type);
		if (values != null) {
			copy.addAll(values);
		}
		return copy;
	}

}
