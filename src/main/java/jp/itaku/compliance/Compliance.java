package jp.itaku.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.itaku.regulation.Requirement;
import jp.itaku.regulation.Requirements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The compliance spine (規程準拠状況): for every requirement of the regulation, in its order,
 * what the modules that track it report, computed from live data on each call.
 */
@Service
public class Compliance {

	private static final Logger logger = LoggerFactory.getLogger(Compliance.class);

	private final Requirements requirements;

	private final List<ComplianceContributor> contributors;

	Compliance(Requirements requirements, List<ComplianceContributor> contributors) {
		this.requirements = requirements;
		this.contributors = List.copyOf(contributors);
	}

	/**
	 * One entry per requirement id of the catalogue; {@code NOT_TRACKED} where no module
	 * speaks about it.
	 */
	public List<RequirementCompliance> overview(Locale locale) {
		Map<String, List<RequirementAssessment>> byId = new HashMap<>();
		for (ComplianceContributor contributor : this.contributors) {
			for (RequirementAssessment assessment : contributor.assess()) {
				if (this.requirements.find(assessment.requirementId()).isEmpty()) {
					logger.warn("{} assesses {}, which is not a requirement of the regulation",
							contributor.getClass().getSimpleName(), assessment.requirementId());
					continue;
				}
				byId.computeIfAbsent(assessment.requirementId(), (id) -> new ArrayList<>()).add(assessment);
			}
		}
		return this.requirements.all().stream().map((requirement) -> entry(requirement, byId, locale)).toList();
	}

	private RequirementCompliance entry(Requirement requirement, Map<String, List<RequirementAssessment>> byId,
			Locale locale) {
		AssessmentMerge.Verdict verdict = AssessmentMerge.merge(byId.getOrDefault(requirement.id(), List.of()));
		return new RequirementCompliance(requirement.id(), requirement.section(), requirement.clause(),
				requirement.kind(), this.requirements.text(requirement, locale), verdict.status(), verdict.detail(),
				verdict.links());
	}

}
