package jp.itaku.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a demo data file, by column name; a blank cell means "none".
 *
 * @param origin file and line, named in every error so that a broken row is easy to find
 * @param cells the values by column name
 */
record DemoRow(String origin, Map<String, String> cells) {

	/** The cell's text, or {@code null} when blank. */
	String text(String column) {
		if (!this.cells.containsKey(column)) {
			throw new IllegalStateException(this.origin + ": no column " + column);
		}
		String value = this.cells.get(column);
		return value.isEmpty() ? null : value;
	}

	String required(String column) {
		String value = text(column);
		if (value == null) {
			throw invalid(column, "is required");
		}
		return value;
	}

	/** The cell split on {@code separator}, blank parts dropped. */
	List<String> list(String column, String separator) {
		String value = text(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(separator)).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	<E extends Enum<E>> E enumValue(String column, Class<E> type) {
		String value = text(column);
		return (value != null) ? parse(column, type, value) : null;
	}

	/** A comma-separated set of constants of {@code type}. */
	<E extends Enum<E>> Set<E> enumSet(String column, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		values.addAll(enumList(column, ",", type));
		return values;
	}

	<E extends Enum<E>> List<E> enumList(String column, String separator, Class<E> type) {
		return list(column, separator).stream().map((value) -> parse(column, type, value)).toList();
	}

	IllegalStateException invalid(String column, String problem) {
		return new IllegalStateException(this.origin + ": " + column + " " + problem);
	}

	private <E extends Enum<E>> E parse(String column, Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(column, "has no " + type.getSimpleName() + " " + value);
		}
	}

}
