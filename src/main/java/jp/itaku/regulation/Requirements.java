package jp.itaku.regulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The catalogue of the regulation's requirements, read once at start-up from
 * {@code classpath:regulation/requirements.tsv} and answered in the file's order (the
 * order of the regulation itself).
 */
@Service
public class Requirements {

	static final String CATALOGUE = "regulation/requirements.tsv";

	private static final int COLUMNS = 5;

	private final Map<String, Requirement> byId;

	private final MessageSource messages;

	/**
	 * Reads the catalogue shipped with the application.
	 * @param messages where the requirements' texts in other languages are found
	 */
	public Requirements(MessageSource messages) {
		this.byId = Collections.unmodifiableMap(read(new ClassPathResource(CATALOGUE)));
		this.messages = messages;
	}

	/** Every requirement, in the order of the regulation. */
	public List<Requirement> all() {
		return List.copyOf(this.byId.values());
	}

	public Optional<Requirement> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * The requirement's text in the given language: Japanese is the regulation's own
	 * wording, English a faithful rendering of it.
	 */
	public String text(Requirement requirement, Locale locale) {
		return this.messages.getMessage(textKey(requirement.id()), null, requirement.textJa(), locale);
	}

	static String textKey(String id) {
		return "requirement." + id + ".text";
	}

	private static Map<String, Requirement> read(Resource catalogue) {
		Map<String, Requirement> requirements = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(catalogue.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> lines = new ArrayList<>(reader.lines().toList());
			// the first line names the columns
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank()) {
					continue;
				}
				Requirement requirement = parse(line);
				if (requirements.putIfAbsent(requirement.id(), requirement) != null) {
					throw new IllegalStateException(
							"Duplicate requirement id " + requirement.id() + " in " + CATALOGUE);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + CATALOGUE, ex);
		}
		return requirements;
	}

	private static Requirement parse(String line) {
		String[] cells = line.split("\t", -1);
		if (cells.length != COLUMNS) {
			throw new IllegalStateException("Expected " + COLUMNS + " columns in " + CATALOGUE + ": " + line);
		}
		return new Requirement(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
				cells[4].strip());
	}

}
