package jp.itaku.subcontracting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R01 (規程 4.2(3)①, prior approval of subcontracting) from the subcontracting side: a gap
 * while subcontracting found without approval is open, due soon while requests await the
 * committee, OK otherwise. The clause module reports R01's contract side (the clause in
 * the contracts); the compliance table keeps the worse of the two.
 */
@Component
@Transactional(readOnly = true)
class SubcontractingCompliance implements ComplianceContributor {

	static final String REQUIREMENT = "R01";

	private final SubcontractingFindingRepository findings;

	private final SubcontractingRequestRepository requests;

	private final MessageSource messages;

	private final Clock clock;

	SubcontractingCompliance(SubcontractingFindingRepository findings, SubcontractingRequestRepository requests,
			MessageSource messages, Clock clock) {
		this.findings = findings;
		this.requests = requests;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<RequirementAssessment> assess() {
		long open = this.findings.countByStatus(FindingStatus.OPEN);
		if (open > 0) {
			List<String> links = new ArrayList<>();
			links.add("/subcontracting/findings?status=OPEN");
			this.findings.findTop20ByStatusOrderByFoundOnAsc(FindingStatus.OPEN)
				.forEach((finding) -> links.add("/subcontracting/findings/" + finding.getId()));
			return List.of(new RequirementAssessment(REQUIREMENT, ComplianceStatus.GAP,
					text("subcontracting.compliance.findings", open), links));
		}
		long pending = this.requests.countByStatus(SubcontractingStatus.UNDER_REVIEW);
		if (pending > 0) {
			Optional<LocalDate> oldest = this.requests.oldestCreatedAt(SubcontractingStatus.UNDER_REVIEW)
				.map((at) -> LocalDate.ofInstant(at, this.clock.getZone()));
			return List.of(new RequirementAssessment(REQUIREMENT, ComplianceStatus.DUE_SOON,
					text("subcontracting.compliance.pending", pending, oldest.map(LocalDate::toString).orElse("-")),
					List.of("/subcontracting?pending=true")));
		}
		return List.of(new RequirementAssessment(REQUIREMENT, ComplianceStatus.OK, text("subcontracting.compliance.ok"),
				List.of("/subcontracting")));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
