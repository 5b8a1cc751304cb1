package jp.itaku.subcontracting;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Subcontracting lists sort newest first unless asked otherwise, on indexed columns; the
 * id ends the sort so that paging is stable.
 */
final class SubcontractingPaging {

	static final int MAX_SIZE = 100;

	/** Sort keys of the request list, and the property each sorts on. */
	static final Map<String, String> REQUEST_SORTS = Map.of("created", "createdAt", "status", "status", "period",
			"periodFrom", "contractor", "contractorName");

	/** Sort keys of the findings list. */
	static final Map<String, String> FINDING_SORTS = Map.of("found", "foundOn", "status", "status", "contractor",
			"contractorName");

	private SubcontractingPaging() {
	}

	static String key(Map<String, String> sorts, String sort, String fallback) {
		return (sort != null && sorts.containsKey(sort)) ? sort : fallback;
	}

	static Pageable of(Map<String, String> sorts, int page, int size, String sort, boolean descending) {
		int bounded = Math.min(Math.max(size, 1), MAX_SIZE);
		String property = sorts.get(sort);
		Sort.Order first = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
		return PageRequest.of(Math.max(page, 0), bounded, Sort.by(first, Sort.Order.asc("id")));
	}

}
