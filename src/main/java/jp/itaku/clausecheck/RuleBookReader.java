package jp.itaku.clausecheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.clausecheck.RuleBook.Atom;
import jp.itaku.clausecheck.RuleBook.ItemRules;
import jp.itaku.clausecheck.RuleBook.Rule;
import jp.itaku.clausecheck.RuleBook.Scope;
import jp.itaku.clausecheck.RuleBook.Term;

/**
 * Reads the rule files. A line is {@code spelling CANONICAL = variant | variant},
 * {@code concept NAME = variant | variant}, {@code mood NAME = pattern},
 * {@code item ID title}, {@code absent CONFIDENCE} or
 * {@code present|partial|hint NAME CONFIDENCE SCOPE = term + term},
 * {@code veto NAME SCOPE
 * = term}; an indented line continues the one before; {@code #} starts a comment line. A
 * concept defined inside an item is that item's own; one before the first item is shared.
 * Mistakes fail at start-up with the file and line, never at check time.
 */
final class RuleBookReader {

	private static final String[] FILES = { "spelling", "moods", "concepts", "nda", "development", "supplier",
			"quality" };

	// 「3 of a | b | c」: at least three of the alternatives in the unit
	private static final Pattern COUNTED = Pattern.compile("^(\\d+)\\s+of\\s+(.+)$");

	private final Map<String, Pattern> moods = new LinkedHashMap<>();

	private final Map<String, Pattern> shared = new LinkedHashMap<>();

	private final List<ItemRules> items = new ArrayList<>();

	private final List<Spelling.Fold> folds = new ArrayList<>();

	private Spelling spelling = Spelling.none();

	private ItemDraft item;

	private String where;

	private RuleBookReader() {
	}

	/** The rule book shipped in the jar, items in the order of {@code ids}. */
	static RuleBook load(List<String> ids) {
		RuleBookReader reader = new RuleBookReader();
		for (String file : FILES) {
			String path = "clausecheck/" + file + ".rules";
			try (InputStream in = RuleBookReader.class.getClassLoader().getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("missing rule file " + path);
				}
				reader.read(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return reader.book(ids);
	}

	/**
	 * A rule book from the given texts (file name → content, read in the map's order,
	 * moods first), for tests.
	 */
	static RuleBook of(Map<String, String> files, List<String> ids) {
		RuleBookReader reader = new RuleBookReader();
		files.forEach(reader::read);
		return reader.book(ids);
	}

	private RuleBook book(List<String> ids) {
		finishItem();
		Map<String, ItemRules> byId = new LinkedHashMap<>();
		this.items.forEach((rules) -> byId.put(rules.id(), rules));
		List<ItemRules> ordered = new ArrayList<>();
		for (String id : ids) {
			ItemRules rules = byId.get(id);
			ordered.add((rules != null) ? rules : new ItemRules(id, id, Map.of(), List.of(), List.of(), 0.5));
		}
		return new RuleBook(Map.copyOf(this.moods), List.copyOf(ordered), this.spelling);
	}

	private void read(String file, String content) {
		List<String> logical = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		String[] lines = content.split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].stripTrailing();
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			if (Character.isWhitespace(line.charAt(0)) && !logical.isEmpty()) {
				logical.set(logical.size() - 1, logical.get(logical.size() - 1) + " " + line.strip());
			}
			else {
				logical.add(line);
				numbers.add(i + 1);
			}
		}
		for (int i = 0; i < logical.size(); i++) {
			this.where = file + ":" + numbers.get(i);
			try {
				line(logical.get(i));
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(this.where + ": " + ex.getMessage(), ex);
			}
		}
		finishItem();
	}

	private void line(String line) {
		String keyword = line.split("\\s+", 2)[0];
		String rest = line.substring(keyword.length()).strip();
		switch (keyword) {
			case "mood" -> this.moods.put(name(rest),
					Pattern.compile(value(rest).replaceAll("\\s*\\|\\s*", "|").replaceAll("\\s+", " ")));
			case "spelling" -> {
				for (String variant : value(rest).split("\\|")) {
					this.folds.add(new Spelling.Fold(variant.strip(), name(rest)));
				}
				this.spelling = new Spelling(this.folds);
			}
			case "concept" -> concepts().put(name(rest), wording(value(rest).replaceAll("\\s+", "")));
			case "item" -> {
				finishItem();
				String[] parts = rest.split("\\s+", 2);
				this.item = new ItemDraft(parts[0], (parts.length > 1) ? parts[1] : parts[0]);
			}
			case "absent" -> current().absentConfidence = Double.parseDouble(rest);
			case "present", "partial", "hint", "deny" -> current().rules.add(rule(keyword, rest, true));
			case "veto" -> current().vetoes.add(rule(keyword, rest, false));
			default -> throw new IllegalArgumentException("unknown keyword " + keyword);
		}
	}

	private Rule rule(String verdict, String rest, boolean withConfidence) {
		String[] head = rest.substring(0, rest.indexOf('=')).strip().split("\\s+");
		int at = 0;
		String name = head[at++];
		double confidence = withConfidence ? Double.parseDouble(head[at++]) : 1.0;
		Scope scope = Scope.valueOf(head[at].toUpperCase(Locale.ROOT));
		List<Term> terms = new ArrayList<>();
		for (String term : value(rest).split("\\+")) {
			String text = term.strip();
			boolean absent = text.startsWith("!");
			text = text.replaceFirst("^!", "").strip();
			boolean heading = text.startsWith("^");
			text = text.replaceFirst("^\\^", "").strip();
			Matcher count = COUNTED.matcher(text);
			if (count.matches()) {
				terms.add(new Term(absent, heading, List.of(atom(count.group(2))), Integer.parseInt(count.group(1))));
				continue;
			}
			List<Atom> atoms = Arrays.stream(text.split("&")).map(String::strip).map(this::atom).toList();
			terms.add(new Term(absent, heading, atoms, 0));
		}
		return new Rule(verdict, name, confidence, scope, List.copyOf(terms));
	}

	private Atom atom(String written) {
		boolean negated = written.startsWith("~");
		String text = (negated ? written.substring(1) : written).strip();
		if (text.startsWith("(") && text.endsWith(")")) {
			text = text.substring(1, text.length() - 1);
		}
		List<String> alternatives = new ArrayList<>();
		for (String alternative : text.split("\\|")) {
			String name = alternative.strip();
			if (name.startsWith("@")) {
				if (!this.moods.containsKey(name.substring(1))) {
					throw new IllegalArgumentException("unknown mood " + name);
				}
			}
			else if (!this.item.concepts.containsKey(name) && !this.shared.containsKey(name)) {
				if (name.matches("[a-z][A-Za-z0-9]*")) {
					throw new IllegalArgumentException("unknown concept " + name);
				}
				// literal wording written in the rule itself
				this.item.concepts.put(name, wording(name));
			}
			alternatives.add(name);
		}
		return new Atom(negated, List.copyOf(alternatives));
	}

	// the rules are folded like the contract's text, so 「漏洩」 in a rule finds 「漏えい」 too
	private Pattern wording(String written) {
		return Pattern.compile(this.spelling.fold(written));
	}

	private Map<String, Pattern> concepts() {
		return (this.item != null) ? this.item.concepts : this.shared;
	}

	private ItemDraft current() {
		if (this.item == null) {
			throw new IllegalArgumentException("a rule outside an item");
		}
		return this.item;
	}

	private void finishItem() {
		if (this.item != null) {
			Map<String, Pattern> concepts = new LinkedHashMap<>(this.shared);
			concepts.putAll(this.item.concepts);
			this.items.add(new ItemRules(this.item.id, this.item.title, Map.copyOf(concepts),
					List.copyOf(this.item.rules), List.copyOf(this.item.vetoes), this.item.absentConfidence));
			this.item = null;
		}
	}

	private static String name(String rest) {
		return rest.substring(0, rest.indexOf('=')).strip();
	}

	private static String value(String rest) {
		return rest.substring(rest.indexOf('=') + 1).strip();
	}

	private static final class ItemDraft {

		final String id;

		final String title;

		final Map<String, Pattern> concepts = new LinkedHashMap<>();

		final List<Rule> rules = new ArrayList<>();

		final List<Rule> vetoes = new ArrayList<>();

		double absentConfidence = 0.8;

		ItemDraft(String id, String title) {
			this.id = id;
			this.title = title;
		}

	}

}
