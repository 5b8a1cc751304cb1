package jp.itaku.regulation;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging of the revision lists: newest first, at most 100 a page. */
final class RevisionPaging {

	static final int MAX_SIZE = 100;

	private RevisionPaging() {
	}

	static Pageable newestFirst(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE),
				Sort.by(Sort.Direction.DESC, "createdAt"));
	}

	static Pageable of(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
