package jp.itaku.clausecheck;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the check knows, read from {@code clausecheck/*.rules}: the concepts (wording
 * variants) shared by all items, the moods of a sentence, and per requirement id the
 * rules that make it present or partial and the vetoes that defeat them.
 *
 * @param moods mood name → pattern over a sentence's base forms
 * @param items the rules of each requirement id, in the order of requirements.tsv
 * @param spelling how the text and the rules' wording are folded to one spelling
 */
record RuleBook(Map<String, Pattern> moods, List<ItemRules> items, Spelling spelling) {

	/** Where a rule looks for all of its terms together. */
	enum Scope {

		SENTENCE, PARAGRAPH, ARTICLE, DOCUMENT

	}

	/**
	 * The rules of one requirement id.
	 *
	 * @param id e.g. {@code R01}
	 * @param title what the regulation asks, for reviewers
	 * @param concepts every concept the item's rules name (shared ones included)
	 * @param rules present and partial rules, strongest first within each verdict
	 * @param vetoes rules whose match defeats the present and partial rules in the same
	 * paragraph
	 * @param absentConfidence how sure an absent verdict is when nothing hints at the
	 * item
	 */
	record ItemRules(String id, String title, Map<String, Pattern> concepts, List<Rule> rules, List<Rule> vetoes,
			double absentConfidence) {

	}

	/**
	 * One rule, e.g.
	 * {@code present prohibited-unless-consent 0.95 paragraph = subcontract & @prohibits
	 * + consent}.
	 *
	 * @param verdict {@code present}, {@code partial}, {@code hint} (lowers an absent
	 * verdict's confidence), {@code deny} (a sentence that denies the item makes it
	 * absent) or {@code veto}
	 * @param name its name, shown in the evidence
	 * @param confidence how sure a verdict from this rule is
	 * @param scope where the terms must be found together
	 * @param terms all of which must hold
	 */
	record Rule(String verdict, String name, double confidence, Scope scope, List<Term> terms) {

	}

	/**
	 * A term: its atoms must all be found in one sentence ({@code a & b & @mood}; an atom
	 * written {@code ~a} must not be in that sentence; {@code (a | b)} is either), or in
	 * the article's 見出し when {@code heading}; {@code absent} turns it into "no sentence
	 * of the unit has them". A term written {@code 3 of a | b | c | d} holds when at
	 * least that many of its alternatives are found anywhere in the unit ({@code atLeast}
	 * > 0, one atom): 「暗号化、多要素認証、施錠」 are three kinds of obligation, wherever they stand.
	 */
	record Term(boolean absent, boolean heading, List<Atom> atoms, int atLeast) {

	}

	/**
	 * One condition on a sentence: any of the alternatives (concept names, {@code @mood}s
	 * or literal wording) holds; {@code negated} when written {@code ~}, none may.
	 */
	record Atom(boolean negated, List<String> alternatives) {

	}

}
