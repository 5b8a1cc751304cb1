package jp.itaku.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a tab-separated demo data file from the class path. Lines starting with {@code #}
 * are comments; the first other line names the columns. Keeping the demo data in such
 * files lets a reader review it as a table rather than hunt for it in code.
 */
final class DemoTable {

	private DemoTable() {
	}

	static List<DemoRow> read(String resource) {
		ClassPathResource file = new ClassPathResource(resource);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> header = null;
			List<DemoRow> rows = new ArrayList<>();
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (header == null) {
					header = List.of(cells);
					continue;
				}
				String origin = resource + ":" + lineNumber;
				if (cells.length > header.size()) {
					throw new IllegalStateException(origin + ": " + cells.length + " cells, expected " + header.size());
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					// an editor may strip trailing tabs: missing cells at the end are
					// empty
					values.put(header.get(i), (i < cells.length) ? cells[i].strip() : "");
				}
				rows.add(new DemoRow(origin, values));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read demo data " + resource, ex);
		}
	}

}
