package jp.itaku.contract;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Contract lists sort by notice deadline unless asked otherwise, on indexed columns; the
 * id ends the sort so that paging is stable.
 */
final class ContractPaging {

	static final int MAX_SIZE = 100;

	static final String DEFAULT_SORT = "deadline";

	/** Sort keys a request may name, and the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("deadline", "noticeDeadline", "termEnd", "termEndOn", "number",
			"number", "title", "title", "kind", "kind", "status", "status", "start", "startOn", "updated", "updatedAt");

	private ContractPaging() {
	}

	static String sortKey(String sort) {
		return SORTS.containsKey(sort) ? sort : DEFAULT_SORT;
	}

	static Pageable of(int page, int size, String sort, boolean descending) {
		int bounded = Math.min(Math.max(size, 1), MAX_SIZE);
		String property = SORTS.get(sortKey(sort));
		Sort.Order first = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
		return PageRequest.of(Math.max(page, 0), bounded, Sort.by(first, Sort.Order.asc("id")));
	}

}
