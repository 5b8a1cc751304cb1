package jp.itaku.duty;

import java.util.List;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every requirement id with open duties its DUE_SOON or OVERDUE status in the
 * compliance table, so that what the regulation says to do 定期的に (規程 4.1, 4.3, 5.1–5.4, 9)
 * shows there as soon as a module registers the duty: OVERDUE if any is overdue, DUE_SOON
 * if any is due soon, else OK.
 */
@Component
@Transactional(readOnly = true)
class DutyCompliance implements ComplianceContributor {

	private final DutyRepository duties;

	private final DutyViews views;

	private final MessageSource messages;

	DutyCompliance(DutyRepository duties, DutyViews views, MessageSource messages) {
		this.duties = duties;
		this.views = views;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		return this.duties.openByRequirement(this.views.today()).stream().map(this::assess).toList();
	}

	private RequirementAssessment assess(RequirementDuties counts) {
		String id = counts.requirementId();
		Object[] args = { counts.overdue(), counts.dueSoon(), counts.open() };
		if (counts.overdue() > 0) {
			return new RequirementAssessment(id, ComplianceStatus.OVERDUE, text("duty.compliance.overdue", args),
					List.of(link(id, DutyStatus.OVERDUE)));
		}
		if (counts.dueSoon() > 0) {
			return new RequirementAssessment(id, ComplianceStatus.DUE_SOON, text("duty.compliance.dueSoon", args),
					List.of(link(id, DutyStatus.DUE_SOON)));
		}
		return new RequirementAssessment(id, ComplianceStatus.OK, text("duty.compliance.ok", args),
				List.of("/duties?requirement=" + id));
	}

	private static String link(String requirementId, DutyStatus status) {
		return "/duties?requirement=" + requirementId + "&status=" + status;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
