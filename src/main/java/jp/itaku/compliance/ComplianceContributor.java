package jp.itaku.compliance;

import java.util.List;

/**
 * Implemented by each module for the requirement ids it tracks. The compliance spine asks
 * every contributor on each request, so the answer is always computed from live data.
 */
public interface ComplianceContributor {

	List<RequirementAssessment> assess();

}
