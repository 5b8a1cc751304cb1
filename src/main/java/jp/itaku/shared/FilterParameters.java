package jp.itaku.shared;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every server-side list does with its filters: a blank filter is no filter, and
 * links that keep the filters (paging, sorting, export) carry only those that are set.
 */
public final class FilterParameters {

	private FilterParameters() {
	}

	/** The filter as typed, stripped, or {@code null} when it is blank. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Adds {@code name=value} unless the value is missing or blank. */
	public static void add(UriComponentsBuilder builder, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			builder.queryParam(name, value);
		}
	}

}
