package jp.itaku.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list as the API answers it:
 * {@code {"content":[…],"page":{"number","size","totalElements","totalPages"}}}. The page
 * number counts from 0.
 *
 * @param <T> the type of the listed views
 * @param content the records on this page
 * @param page where this page stands in the whole list
 */
public record PageView<T>(List<T> content, PageMetadata page) {

	public PageView {
		content = List.copyOf(content);
	}

	/** A page whose records are already views. */
	public static <T> PageView<T> of(Page<T> source) {
		return of(source, Function.identity());
	}

	/** Maps each record of a repository page to its view. */
	public static <S, T> PageView<T> of(Page<S> source, Function<? super S, ? extends T> toView) {
		List<T> views = source.getContent().stream().<T>map(toView).toList();
		return new PageView<>(views, new PageMetadata(source.getNumber(), source.getSize(), source.getTotalElements(),
				source.getTotalPages()));
	}

	/**
	 * Where a page stands in the whole list.
	 *
	 * @param number the page number, from 0
	 * @param size the page size asked for
	 * @param totalElements how many records match in all
	 * @param totalPages how many pages there are
	 */
	public record PageMetadata(int number, int size, long totalElements, int totalPages) {
	}

}
