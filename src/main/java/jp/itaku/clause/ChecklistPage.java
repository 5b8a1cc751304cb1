package jp.itaku.clause;

import java.util.List;
import java.util.UUID;

/**
 * A checklist as its screen shows it: coverage at a glance, then the items grouped by the
 * regulation's letters N, D, S, Q, R.
 */
record ChecklistPage(String subjectType, UUID subjectId, long version, String link, List<Group> groups,
		ChecklistView view) {

	/** One group of items, e.g. N (秘密保持). */
	record Group(String letter, List<ChecklistRow> rows) {
	}

	public int percent(int count) {
		return (this.view.applicable() == 0) ? 0 : Math.round(100f * count / this.view.applicable());
	}

	/** Present, partial, absent and not reviewed are shown as one bar, in this order. */
	public int presentPercent() {
		return percent(this.view.present());
	}

	public int partialPercent() {
		return percent(this.view.partial());
	}

	public int absentPercent() {
		return percent(this.view.absent());
	}

	public int unreviewedPercent() {
		return percent(this.view.unreviewed());
	}

}
