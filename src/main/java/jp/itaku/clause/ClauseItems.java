package jp.itaku.clause;

import java.util.List;

/**
 * The items of 規程 4.2 (requirement kind {@code contract-clause}).
 */
public final class ClauseItems {

	/**
	 * The items a contract can hold, in the order of the regulation (33 of them).
	 */
	public static final List<String> CONTRACT_ITEMS = List.of("N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08",
			"N09", "N10", "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "S03", "S04",
			"S05", "S06", "S07", "S08", "S09", "S12", "S13", "Q01", "Q02", "R01");

	/**
	 * The items of 4.2(1)③ that are the organisation's own duties, tracked as such rather
	 * than per contract.
	 */
	public static final List<String> ORGANISATION_ITEMS = List.of("S01", "S02", "S10", "S11");

	private ClauseItems() {
	}

}
