package jp.itaku.shared;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a list as the API answers it:
 * {@code {"content":[…],"page":{"number","size","totalElements","totalPages"}}}.
 *
 * @param <T> the type of the listed items
 * @param content the items on this page
 * @param page where this page stands in the whole list
 */
public record PageView<T>(List<T> content, PageMetadata page) {

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(),
				new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
	}

	/**
	 * @param number the page's number, from 0
	 * @param size the requested page size
	 * @param totalElements how many items match in all
	 * @param totalPages how many pages there are
	 */
	public record PageMetadata(int number, int size, long totalElements, int totalPages) {

	}

}
