package jp.itaku.clause;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A required-clause checklist (規程 4.2) with its coverage.
 *
 * @param version send it back with {@link ClauseChecklists#record} (optimistic locking)
 * @param items all 33 items in the regulation's order, applicable or not
 * @param applicable how many items apply
 * @param present how many applicable items the contract holds
 * @param unresolved how many applicable items were found absent or partial and are not
 * resolved
 * @param checkedDocument the document the automatic check read for the items' suggestions
 * (issue 7), or {@code null} when none was checked
 */
public record ChecklistView(String subjectType, UUID subjectId, long version, List<ChecklistItemView> items,
		int applicable, int present, int unresolved, CheckedDocument checkedDocument) {

	public ChecklistView {
		items = List.copyOf(items);
	}

	/** The item with this id. */
	public Optional<ChecklistItemView> item(String requirementId) {
		return this.items.stream().filter((item) -> item.requirementId().equals(requirementId)).findFirst();
	}

	/** How many applicable items were found partial. */
	public int partial() {
		return count(ClauseVerdict.PARTIAL);
	}

	/** How many applicable items were found absent. */
	public int absent() {
		return count(ClauseVerdict.ABSENT);
	}

	/** How many applicable items nobody has reviewed yet. */
	public int unreviewed() {
		return (int) this.items.stream().filter(ChecklistItemView::unreviewed).count();
	}

	/** How many items not yet reviewed carry the automatic check's suggestion. */
	public int pendingSuggestions() {
		return (int) this.items.stream().filter(ChecklistItemView::suggestionPending).count();
	}

	/** Whether every applicable item is reviewed and none is unresolved. */
	public boolean complete() {
		return unreviewed() == 0 && this.unresolved == 0;
	}

	private int count(ClauseVerdict verdict) {
		return (int) this.items.stream().filter((item) -> item.applicable() && item.verdict() == verdict).count();
	}

}
