package jp.itaku.contract;

/**
 * How far a contract holds the required clauses of 規程 4.2 that apply to it, as the clause
 * checklist last derived it.
 *
 * @param applicable how many required items apply
 * @param present how many of them the contract holds
 * @param unresolved how many are missing, partial or not yet reviewed and not resolved
 */
public record ContractCoverage(int applicable, int present, int unresolved) {

	/** Whether some applicable item is still open (a gap in the checklist). */
	public boolean hasGaps() {
		return this.unresolved > 0;
	}

}
