package jp.itaku.corrective;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Corrective action lists sort by due date unless asked otherwise, on indexed columns
 * only; the id ends the sort so that paging is stable.
 */
final class CorrectivePaging {

	static final int MAX_SIZE = 100;

	/** Sort keys a request may name, and the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("due", "dueOn", "status", "status", "assignee", "assignee",
			"requirement", "requirementId", "opened", "openedAt");

	private CorrectivePaging() {
	}

	static Pageable of(int page, int size, String sort, boolean descending) {
		int bounded = Math.min(Math.max(size, 1), MAX_SIZE);
		String property = SORTS.getOrDefault((sort != null) ? sort : "due", "dueOn");
		Sort.Order first = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
		return PageRequest.of(Math.max(page, 0), bounded, Sort.by(first, Sort.Order.asc("id")));
	}

}
