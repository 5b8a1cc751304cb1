package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.itaku.clausecheck.AnalysedContract.Sentence;
import jp.itaku.clausecheck.RuleBook.Atom;
import jp.itaku.clausecheck.RuleBook.ItemRules;
import jp.itaku.clausecheck.RuleBook.Rule;
import jp.itaku.clausecheck.RuleBook.Term;

/**
 * Judges one requirement over an analysed contract by its rules: the strongest verdict
 * any rule reaches in a paragraph that no veto defeats wins; its confidence is the
 * rule's, a little higher when several passages agree. Absent when nothing fires.
 */
final class ClauseJudge {

	private static final int MAX_EVIDENCE = 3;

	private static final int MAX_EXCERPT = 160;

	private ClauseJudge() {
	}

	/** A rule that matched, at its anchor sentence. */
	private record Firing(Rule rule, int sentence) {

	}

	static RequirementFinding judge(ItemRules item, AnalysedContract contract) {
		BitSet vetoed = new BitSet();
		for (Rule veto : item.vetoes()) {
			for (Firing firing : fire(veto, item, contract)) {
				vetoed.set(contract.sentence(firing.sentence()).paragraph());
			}
		}
		List<Firing> denials = new ArrayList<>();
		List<Firing> present = new ArrayList<>();
		List<Firing> partial = new ArrayList<>();
		double hinted = -1;
		for (Rule rule : item.rules()) {
			for (Firing firing : fire(rule, item, contract)) {
				if (vetoed.get(contract.sentence(firing.sentence()).paragraph())) {
					continue;
				}
				switch (rule.verdict()) {
					case "present" -> present.add(firing);
					case "partial" -> partial.add(firing);
					case "deny" -> denials.add(firing);
					default -> hinted = Math.max(hinted, rule.confidence());
				}
			}
		}
		if (!denials.isEmpty()) {
			// 「立ち入ることはできない」: a right the contract expressly denies is not held
			RequirementFinding denied = finding(item, ClauseVerdict.ABSENT, denials, contract);
			return new RequirementFinding(item.id(), ClauseVerdict.ABSENT, denied.confidence(), denied.evidence());
		}
		if (!present.isEmpty()) {
			return finding(item, ClauseVerdict.PRESENT, present, contract);
		}
		if (!partial.isEmpty()) {
			return finding(item, ClauseVerdict.PARTIAL, partial, contract);
		}
		double confidence = (hinted >= 0) ? hinted : item.absentConfidence();
		return new RequirementFinding(item.id(), ClauseVerdict.ABSENT, confidence, List.of());
	}

	private static RequirementFinding finding(ItemRules item, ClauseVerdict verdict, List<Firing> firings,
			AnalysedContract contract) {
		List<Firing> ordered = new ArrayList<>(firings);
		ordered
			.sort(Comparator.comparingDouble((Firing f) -> -f.rule().confidence()).thenComparingInt(Firing::sentence));
		double best = ordered.get(0).rule().confidence();
		Set<String> labels = new LinkedHashSet<>();
		List<ClauseEvidence> evidence = new ArrayList<>();
		for (Firing firing : ordered) {
			Sentence sentence = contract.sentence(firing.sentence());
			if (evidence.size() < MAX_EVIDENCE && labels.add(sentence.label())) {
				evidence.add(new ClauseEvidence(sentence.label(), excerpt(sentence.text()),
						item.id() + " " + firing.rule().name()));
			}
		}
		// agreeing passages elsewhere make the verdict a little surer
		double confidence = Math.min(0.99, best + 0.02 * (labels.size() - 1));
		return new RequirementFinding(item.id(), verdict, round(confidence), List.copyOf(evidence));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static String excerpt(String text) {
		return (text.length() <= MAX_EXCERPT) ? text : text.substring(0, MAX_EXCERPT - 1) + "…";
	}

	/**
	 * Every unit of the rule's scope where all its terms hold, at the anchor sentence.
	 */
	private static List<Firing> fire(Rule rule, ItemRules item, AnalysedContract contract) {
		List<Firing> firings = new ArrayList<>();
		switch (rule.scope()) {
			case SENTENCE -> {
				for (int s = 0; s < contract.sentences().size(); s++) {
					addIfHolds(firings, rule, item, contract, s, s + 1);
				}
			}
			case PARAGRAPH -> {
				for (int p = 0; p < contract.paragraphCount(); p++) {
					int[] range = contract.paragraphRange(p);
					addIfHolds(firings, rule, item, contract, range[0], range[1]);
				}
			}
			case ARTICLE -> {
				for (int a = 0; a < contract.articleCount(); a++) {
					int[] range = contract.articleRange(a);
					addIfHolds(firings, rule, item, contract, range[0], range[1]);
				}
			}
			case DOCUMENT -> addIfHolds(firings, rule, item, contract, 0, contract.sentences().size());
		}
		return firings;
	}

	private static void addIfHolds(List<Firing> firings, Rule rule, ItemRules item, AnalysedContract contract, int from,
			int to) {
		if (from >= to) {
			return;
		}
		int anchor = -1;
		for (Term term : rule.terms()) {
			int found = find(term, item, contract, from, to);
			if (term.absent() ? found >= 0 : found < 0) {
				return;
			}
			if (!term.absent() && !term.heading() && anchor < 0) {
				anchor = found;
			}
		}
		firings.add(new Firing(rule, (anchor >= 0) ? anchor : from));
	}

	/**
	 * The first sentence from {@code from} (inclusive) to {@code to} (exclusive) where
	 * all the term's atoms hold, or -1.
	 */
	private static int find(Term term, ItemRules item, AnalysedContract contract, int from, int to) {
		if (term.heading()) {
			int first = contract.sentence(from).article();
			int last = contract.sentence(to - 1).article();
			for (int article = first; article <= last; article++) {
				if (headingHolds(term, item, contract, article)) {
					return contract.articleRange(article)[0];
				}
			}
			return -1;
		}
		if (term.atLeast() > 0) {
			return counted(term, item, contract, from, to);
		}
		for (int s = from; s < to; s++) {
			if (holds(term, item, contract, s)) {
				return s;
			}
		}
		return -1;
	}

	/**
	 * The first sentence with one of the term's alternatives when at least
	 * {@code atLeast} different ones are found from {@code from} to {@code to}, or -1.
	 */
	private static int counted(Term term, ItemRules item, AnalysedContract contract, int from, int to) {
		int found = 0;
		int first = -1;
		for (String name : term.atoms().get(0).alternatives()) {
			if (name.startsWith("@")) {
				continue;
			}
			for (int s = from; s < to; s++) {
				if (contract.matches(item.concepts().get(name), s)) {
					found++;
					first = (first < 0) ? s : Math.min(first, s);
					break;
				}
			}
		}
		return (found >= term.atLeast()) ? first : -1;
	}

	private static boolean headingHolds(Term term, ItemRules item, AnalysedContract contract, int article) {
		for (Atom atom : term.atoms()) {
			boolean found = false;
			for (String name : atom.alternatives()) {
				found |= !name.startsWith("@") && contract.headingMatches(item.concepts().get(name), article);
			}
			if (found == atom.negated()) {
				return false;
			}
		}
		return true;
	}

	private static boolean holds(Term term, ItemRules item, AnalysedContract contract, int sentence) {
		for (Atom atom : term.atoms()) {
			boolean found = false;
			for (String name : atom.alternatives()) {
				found = name.startsWith("@") ? contract.sentence(sentence).moods().contains(name.substring(1))
						: contract.matches(item.concepts().get(name), sentence);
				if (found) {
					break;
				}
			}
			if (found == atom.negated()) {
				return false;
			}
		}
		return true;
	}

}
