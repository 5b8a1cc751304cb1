package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One spelling for words contracts write several ways (表記ゆれ): および and 及び, 漏洩 and 漏えい,
 * 引き渡し and 引渡し, 受け入れ and 受入れ. Both the contract's sentences and the rules' wording are
 * folded to the same spelling before concepts are searched, so a rule written with one
 * spelling finds all of them. The pairs come from {@code clausecheck/spelling.rules}.
 */
final class Spelling {

	/** A variant and the spelling it is folded to. */
	record Fold(String variant, String canonical) {

	}

	private final List<Fold> folds;

	Spelling(List<Fold> folds) {
		List<Fold> ordered = new ArrayList<>(folds);
		// 「取り扱い」 before 「取り扱」: a longer variant is folded before the shorter ones in it
		ordered.sort(Comparator.comparingInt((Fold fold) -> -fold.variant().length()));
		this.folds = List.copyOf(ordered);
	}

	static Spelling none() {
		return new Spelling(List.of());
	}

	/** The text with every variant replaced by its canonical spelling. */
	String fold(String text) {
		String folded = text;
		for (Fold fold : this.folds) {
			if (folded.contains(fold.variant())) {
				folded = folded.replace(fold.variant(), fold.canonical());
			}
		}
		return folded;
	}

	List<Fold> folds() {
		return this.folds;
	}

}
