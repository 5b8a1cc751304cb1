package jp.itaku.compliance;

import java.util.List;

import jp.itaku.regulation.RegulationOverview;
import jp.itaku.regulation.RegulationOverview.Standing;
import jp.itaku.regulation.RegulationVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tracks the regulation's own clauses: a version approved and in force (規程 9 REV-01),
 * read and acknowledged by every subject (規程 8 PUB-01), change requests deliberated
 * promptly (REV-02) and the yearly review (REV-03), due soon within a configurable number
 * of days (30) and overdue after its date.
 */
@Component
class RegulationStanding implements ComplianceContributor {

	private final RegulationOverview overview;

	private final MessageSource messages;

	private final int dueSoonDays;

	RegulationStanding(RegulationOverview overview, MessageSource messages,
			@Value("${itaku.regulation.due-soon-days:30}") int dueSoonDays) {
		this.overview = overview;
		this.messages = messages;
		this.dueSoonDays = dueSoonDays;
	}

	@Override
	public List<RequirementAssessment> assess() {
		Standing standing = this.overview.standing();
		return List.of(inForce(standing), published(standing), changeRequests(standing), yearlyReview(standing));
	}

	private RequirementAssessment inForce(Standing standing) {
		RegulationVersion v = standing.inForce();
		if (v != null && v.approvedOn() != null) {
			return new RequirementAssessment("REV-01", ComplianceStatus.OK,
					text("regulation.compliance.REV-01.ok", v.number(), v.approvedOn(), v.effectiveOn()),
					List.of("/regulation/versions"));
		}
		return new RequirementAssessment("REV-01", ComplianceStatus.GAP, text("regulation.compliance.REV-01.gap"),
				List.of("/regulation/versions"));
	}

	private RequirementAssessment published(Standing standing) {
		RegulationVersion v = standing.inForce();
		if (v == null) {
			return new RequirementAssessment("PUB-01", ComplianceStatus.GAP, text("regulation.compliance.REV-01.gap"),
					List.of("/regulation"));
		}
		List<String> links = List.of("/regulation/versions/" + v.number() + "/acknowledgements");
		if (standing.unacknowledged() > 0) {
			return new RequirementAssessment("PUB-01", ComplianceStatus.GAP, text("regulation.compliance.PUB-01.gap",
					standing.unacknowledged(), standing.subjects(), v.number()), links);
		}
		return new RequirementAssessment("PUB-01", ComplianceStatus.OK,
				text("regulation.compliance.PUB-01.ok", standing.subjects(), v.number()), links);
	}

	private RequirementAssessment changeRequests(Standing standing) {
		List<String> links = List.of("/regulation/changes?status=UNDER_REVIEW");
		if (standing.deliberationOverdue() > 0) {
			return new RequirementAssessment("REV-02", ComplianceStatus.OVERDUE,
					text("regulation.compliance.REV-02.overdue", standing.deliberationOverdue(),
							standing.deliberationDays()),
					links);
		}
		return new RequirementAssessment("REV-02", ComplianceStatus.OK,
				text("regulation.compliance.REV-02.ok", standing.underReview()), links);
	}

	private RequirementAssessment yearlyReview(Standing standing) {
		List<String> links = List.of("/regulation/reviews");
		if (standing.reviewDue() == null) {
			return new RequirementAssessment("REV-03", ComplianceStatus.GAP, text("regulation.compliance.REV-03.none"),
					links);
		}
		Object last = (standing.lastReview() != null) ? standing.lastReview() : "—";
		if (standing.today().isAfter(standing.reviewDue())) {
			return new RequirementAssessment("REV-03", ComplianceStatus.OVERDUE,
					text("regulation.compliance.REV-03.overdue", standing.reviewDue(), last), links);
		}
		if (!standing.today().plusDays(this.dueSoonDays).isBefore(standing.reviewDue())) {
			return new RequirementAssessment("REV-03", ComplianceStatus.DUE_SOON,
					text("regulation.compliance.REV-03.due-soon", standing.reviewDue(), last), links);
		}
		return new RequirementAssessment("REV-03", ComplianceStatus.OK,
				text("regulation.compliance.REV-03.ok", standing.reviewDue(), last), links);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
