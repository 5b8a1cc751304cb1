package jp.itaku.contractreview;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Contract review lists sort by review date, the latest first, unless asked otherwise, on
 * indexed columns only; the id ends the sort so that paging is stable.
 */
final class ReviewPaging {

	static final int MAX_SIZE = 100;

	static final String DEFAULT_SORT = "reviewed";

	/** Sort keys a request may name, and the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("reviewed", "reviewedOn", "outcome", "outcome", "contract",
			"contractNumber", "recorded", "recordedAt");

	private ReviewPaging() {
	}

	static String key(String sort) {
		return SORTS.containsKey(sort) ? sort : DEFAULT_SORT;
	}

	static Pageable of(int page, int size, String sort, boolean descending) {
		int bounded = Math.min(Math.max(size, 1), MAX_SIZE);
		String property = SORTS.get(key(sort));
		Sort.Order first = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
		return PageRequest.of(Math.max(page, 0), bounded, Sort.by(first, Sort.Order.asc("id")));
	}

}
