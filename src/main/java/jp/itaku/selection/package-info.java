/**
 * 選定基準・評価 (規程 4.1(1), 5.1(1); SEL-01..04, OPS-01): versioned selection criteria approved
 * by the committee and made known to contractors, evaluations of contractors against
 * them, periodic re-evaluation and the rule that only a contractor with a passing
 * evaluation may be selected.
 */
package jp.itaku.selection;
