package jp.itaku.clause;

import java.time.Instant;
import java.util.Set;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/**
 * The S01 policy of one supplier type as screens and the API read it.
 *
 * @param documented whether the committee has described it
 * @param version send it back with a change (0 while never documented)
 */
public record SupplierPolicyView(SupplierType supplierType, boolean documented, Set<AccessKind> permittedAccess,
		String description, long version, String updatedBy, Instant updatedAt) {

}
