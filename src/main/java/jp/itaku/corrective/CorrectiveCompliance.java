package jp.itaku.corrective;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Says in the compliance table how many corrective actions each requirement has open and
 * how many are overdue (SEL-04: 不具合があれば是正処置を施す), with a link to the list. It judges
 * overdue as the duty module does for the actions' duties (due date passed, no grace), so
 * both agree: OVERDUE if any is overdue, else OK.
 */
@Component
@Transactional(readOnly = true)
class CorrectiveCompliance implements ComplianceContributor {

	private final CorrectiveActionRepository actions;

	private final MessageSource messages;

	private final Clock clock;

	CorrectiveCompliance(CorrectiveActionRepository actions, MessageSource messages, Clock clock) {
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<RequirementAssessment> assess() {
		return this.actions.openByRequirement(LocalDate.now(this.clock)).stream().map(this::assess).toList();
	}

	private RequirementAssessment assess(OpenCorrections counts) {
		String id = counts.requirementId();
		String detail = this.messages.getMessage("corrective.compliance.open",
				new Object[] { counts.open(), counts.overdue() }, LocaleContextHolder.getLocale());
		if (counts.overdue() > 0) {
			return new RequirementAssessment(id, ComplianceStatus.OVERDUE, detail,
					List.of("/corrective-actions?requirement=" + id + "&overdue=true"));
		}
		return new RequirementAssessment(id, ComplianceStatus.OK, detail,
				List.of("/corrective-actions?requirement=" + id));
	}

}
