package jp.itaku.clause;

import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractKind;

/**
 * One active contract in the matrix view: its coverage and one symbol per item (○
 * present, △ partial, × absent, − not applicable, ? not reviewed), in the order of
 * {@link ClauseItems#CONTRACT_ITEMS}.
 *
 * @param unresolvedItems the items found absent or partial and not resolved
 */
record MatrixRow(UUID contractId, String label, UUID contractorId, ContractKind kind, int applicable, int present,
		int unreviewed, int unresolved, List<String> cells, List<String> unresolvedItems) {

	public boolean gap() {
		return this.unresolved > 0 || this.unreviewed > 0;
	}

	public boolean unresolved(String item) {
		return this.unresolvedItems.contains(item);
	}

}
