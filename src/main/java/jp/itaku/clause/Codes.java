package jp.itaku.clause;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets of enum constants kept as one comma-separated column, in declaration order, so
 * that equal sets are stored alike.
 */
final class Codes {

	private Codes() {
	}

	static <E extends Enum<E>> String join(Collection<E> values) {
		return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (text == null || text.isBlank()) {
			return values;
		}
		Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).forEach((name) -> {
			values.add(Enum.valueOf(type, name));
		});
		return values;
	}

}
