package jp.itaku.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges what several modules say about one requirement: the worst status wins, the
 * details are joined and the links collected. Worst first: {@code GAP} (something
 * required is missing), {@code OVERDUE}, {@code DUE_SOON}, {@code OK}; a contributor that
 * answers {@code NOT_TRACKED} yields to any other verdict.
 */
final class AssessmentMerge {

	static final String DETAIL_SEPARATOR = " / ";

	private AssessmentMerge() {
	}

	/**
	 * @param assessments what the contributors said about one requirement, possibly
	 * nothing
	 */
	static Verdict merge(List<RequirementAssessment> assessments) {
		ComplianceStatus worst = ComplianceStatus.NOT_TRACKED;
		List<String> details = new ArrayList<>();
		Set<String> links = new LinkedHashSet<>();
		for (RequirementAssessment assessment : assessments) {
			if (severity(assessment.status()) > severity(worst)) {
				worst = assessment.status();
			}
			if (assessment.detail() != null && !assessment.detail().isBlank()) {
				details.add(assessment.detail().strip());
			}
			if (assessment.links() != null) {
				links.addAll(assessment.links());
			}
		}
		String detail = details.isEmpty() ? null
				: details.stream().distinct().collect(Collectors.joining(DETAIL_SEPARATOR));
		return new Verdict(worst, detail, List.copyOf(links));
	}

	static int severity(ComplianceStatus status) {
		return switch (status) {
			case NOT_TRACKED -> 0;
			case OK -> 1;
			case DUE_SOON -> 2;
			case OVERDUE -> 3;
			case GAP -> 4;
		};
	}

	/** The merged verdict on one requirement. */
	record Verdict(ComplianceStatus status, String detail, List<String> links) {

	}

}
