package jp.itaku.approval;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Lists of requests show the most recently changed first; the id ends the sort so that
 * paging is stable.
 */
final class ApprovalPaging {

	static final int MAX_SIZE = 100;

	private ApprovalPaging() {
	}

	static Pageable of(int page, int size) {
		int bounded = Math.min(Math.max(size, 1), MAX_SIZE);
		return PageRequest.of(Math.max(page, 0), bounded, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id")));
	}

}
