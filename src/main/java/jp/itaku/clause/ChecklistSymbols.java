package jp.itaku.clause;

/** The symbols of the matrix view and the checklist: ○ △ × − ?. */
final class ChecklistSymbols {

	private ChecklistSymbols() {
	}

	static String of(ChecklistItemView item) {
		if (!item.applicable() || item.verdict() == ClauseVerdict.NOT_APPLICABLE) {
			return "−";
		}
		if (item.verdict() == null) {
			return "?";
		}
		return switch (item.verdict()) {
			case PRESENT -> "○";
			case PARTIAL -> "△";
			default -> "×";
		};
	}

}
