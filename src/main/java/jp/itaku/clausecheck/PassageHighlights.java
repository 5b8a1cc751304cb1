package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.itaku.clausecheck.ClauseCheckResult.Passage;

/**
 * Splits each passage of a contract into plain and marked segments around the sentences
 * the findings cite, so that a template shows them with {@code th:text} alone (the
 * contract text is never markup). The first passage of each requirement, in document
 * order, carries the requirement's id as its anchor, so that {@code #N01} jumps there.
 */
final class PassageHighlights {

	// label → excerpt → the requirement ids citing it, in the findings' order
	private final Map<String, Map<String, Set<String>>> cited = new LinkedHashMap<>();

	private final Set<String> anchored = new HashSet<>();

	PassageHighlights(List<RequirementFinding> findings) {
		for (RequirementFinding finding : findings) {
			if (finding.verdict() == ClauseVerdict.ABSENT) {
				continue;
			}
			for (ClauseEvidence evidence : finding.evidence()) {
				String needle = (evidence.excerpt() != null) ? evidence.excerpt().replaceFirst("…$", "") : "";
				this.cited.computeIfAbsent(evidence.article(), (label) -> new LinkedHashMap<>())
					.computeIfAbsent(needle, (excerpt) -> new TreeSet<>())
					.add(finding.id());
			}
		}
	}

	/** The next passage in document order, marked. */
	PassageView view(Passage passage) {
		String text = passage.text();
		Map<String, Set<String>> excerpts = this.cited.getOrDefault(passage.label(), Map.of());
		// per character, the ids whose excerpt covers it
		List<Set<String>> cover = new ArrayList<>(text.length());
		for (int i = 0; i < text.length(); i++) {
			cover.add(null);
		}
		Set<String> citedBy = new TreeSet<>();
		Set<String> unplaced = new TreeSet<>();
		excerpts.forEach((needle, ids) -> {
			citedBy.addAll(ids);
			int at = needle.isEmpty() ? -1 : text.indexOf(needle);
			if (at < 0) {
				unplaced.addAll(ids);
				return;
			}
			for (int i = at; i < at + needle.length(); i++) {
				Set<String> here = (cover.get(i) != null) ? cover.get(i) : new TreeSet<>();
				here.addAll(ids);
				cover.set(i, here);
			}
		});
		List<String> anchors = citedBy.stream().filter(this.anchored::add).toList();
		return new PassageView(passage.label(), anchor(passage.label()), passage.item(), segments(text, cover), anchors,
				List.copyOf(unplaced));
	}

	private static List<Segment> segments(String text, List<Set<String>> cover) {
		List<Segment> segments = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || !Objects.equals(cover.get(i), cover.get(start))) {
				Set<String> ids = cover.get(start);
				segments.add(new Segment(text.substring(start, i), ids != null,
						(ids != null) ? List.copyOf(ids) : List.of()));
				start = i;
			}
		}
		return List.copyOf(segments);
	}

	/**
	 * An element id for a passage label: its code points in hex, so any label is a safe
	 * id.
	 */
	static String anchor(String label) {
		StringBuilder id = new StringBuilder("p");
		label.codePoints().forEach((c) -> id.append('-').append(Integer.toHexString(c)));
		return id.toString();
	}

	/**
	 * A passage as shown.
	 *
	 * @param anchor the passage's element id, which the evidence links point at
	 * @param anchors the requirement ids whose first passage this is
	 * @param unplaced the ids citing the passage whose sentence could not be found in it
	 */
	record PassageView(String label, String anchor, boolean item, List<Segment> segments, List<String> anchors,
			List<String> unplaced) {

	}

	/**
	 * A run of the passage's text.
	 *
	 * @param marked whether an excerpt covers it
	 * @param citedBy the requirement ids whose excerpt covers it
	 */
	record Segment(String text, boolean marked, List<String> citedBy) {

	}

}
