package jp.itaku.contractor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two "field: value" listings and says what changed, as "field: old → new"
 * lines.
 */
final class ChangeDescription {

	private ChangeDescription() {
	}

	static String between(String before, String after) {
		Map<String, String> old = parse(before);
		Map<String, String> now = parse(after);
		List<String> changes = new ArrayList<>();
		now.forEach((field, value) -> {
			String previous = old.get(field);
			if (!Objects.equals(previous, value)) {
				changes.add(field + ": " + previous + " → " + value);
			}
		});
		return String.join("\n", changes);
	}

	private static Map<String, String> parse(String listing) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : listing.split("\n")) {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				fields.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return fields;
	}

}
