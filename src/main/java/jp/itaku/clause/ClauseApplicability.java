package jp.itaku.clause;

import java.util.LinkedHashSet;
import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

import org.springframework.stereotype.Service;

/**
 * Which required items apply to a contract of a kind, with a contractor of these supplier
 * types and kinds of access: the committee's applicability matrix.
 */
@Service
public class ClauseApplicability {

	/**
	 * The items of {@link ClauseItems#CONTRACT_ITEMS} that apply, in the regulation's
	 * order.
	 */
	public Set<String> applicable(ContractKind kind, Set<SupplierType> supplierTypes, Set<AccessKind> accessKinds) {
		// placeholder until the matrix lands: every item applies
		return new LinkedHashSet<>(ClauseItems.CONTRACT_ITEMS);
	}

}
