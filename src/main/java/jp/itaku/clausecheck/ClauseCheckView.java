package jp.itaku.clausecheck;

import java.util.List;
import java.util.Locale;

/**
 * The API's answer: one entry per contract-clause requirement in requirements.tsv order.
 *
 * @param requirements the findings
 * @param articles how many numbered articles the contract has
 * @param millis how long the check took
 */
record ClauseCheckView(List<RequirementView> requirements, int articles, long millis) {

	static ClauseCheckView of(ClauseCheckResult result) {
		return new ClauseCheckView(result.requirements().stream().map(RequirementView::of).toList(), result.articles(),
				result.millis());
	}

	/**
	 * One requirement.
	 *
	 * @param id e.g. {@code R01}
	 * @param verdict {@code present}, {@code partial} or {@code absent}
	 * @param confidence 0..1
	 * @param evidence where the verdict comes from
	 */
	record RequirementView(String id, String verdict, double confidence, List<ClauseEvidence> evidence) {

		static RequirementView of(RequirementFinding finding) {
			return new RequirementView(finding.id(), finding.verdict().name().toLowerCase(Locale.ROOT),
					finding.confidence(), finding.evidence());
		}

	}

}
