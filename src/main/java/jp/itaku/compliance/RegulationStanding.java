package jp.itaku.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.itaku.regulation.Regulation;
import jp.itaku.regulation.RegulationVersion;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tracks that a version of the regulation is approved and in force (規程 9 REV-01) and that
 * it is published to its subjects only (規程 8 PUB-01).
 */
@Component
class RegulationStanding implements ComplianceContributor {

	private final Regulation regulation;

	private final MessageSource messages;

	private final Clock clock;

	RegulationStanding(Regulation regulation, MessageSource messages, Clock clock) {
		this.regulation = regulation;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<RequirementAssessment> assess() {
		return List.of(inForce(), published());
	}

	private RequirementAssessment inForce() {
		LocalDate today = LocalDate.now(this.clock);
		Optional<RegulationVersion> version = this.regulation.inForce()
			.filter((v) -> v.approvedOn() != null && v.effectiveOn() != null && !v.effectiveOn().isAfter(today));
		if (version.isPresent()) {
			RegulationVersion v = version.get();
			return new RequirementAssessment("REV-01", ComplianceStatus.OK,
					text("regulation.compliance.REV-01.ok", v.number(), v.approvedOn(), v.effectiveOn()),
					List.of("/regulation/versions"));
		}
		return new RequirementAssessment("REV-01", ComplianceStatus.GAP, text("regulation.compliance.REV-01.gap"),
				List.of("/regulation/versions"));
	}

	private RequirementAssessment published() {
		// access is restricted to the organisation's roles by the regulation module
		// (RegulationViews.SUBJECTS);
		// whether each subject has been informed is not tracked yet, as the detail says
		return new RequirementAssessment("PUB-01", ComplianceStatus.OK, text("regulation.compliance.PUB-01.ok"),
				List.of("/regulation"));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
