package jp.itaku.compliance;

import java.util.List;

import jp.itaku.duty.Duties;
import jp.itaku.duty.RequirementDuties;

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
class DutyStanding implements ComplianceContributor {

	private final Duties duties;

	private final MessageSource messages;

	DutyStanding(Duties duties, MessageSource messages) {
		this.duties = duties;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		return this.duties.openByRequirement().stream().map(this::assess).toList();
	}

	private RequirementAssessment assess(RequirementDuties counts) {
		String id = counts.requirementId();
		Object[] args = { counts.overdue(), counts.dueSoon(), counts.open() };
		if (counts.overdue() > 0) {
			return new RequirementAssessment(id, ComplianceStatus.OVERDUE, text("compliance.duties.overdue", args),
					List.of(link(id, "OVERDUE")));
		}
		if (counts.dueSoon() > 0) {
			return new RequirementAssessment(id, ComplianceStatus.DUE_SOON, text("compliance.duties.dueSoon", args),
					List.of(link(id, "DUE_SOON")));
		}
		return new RequirementAssessment(id, ComplianceStatus.OK, text("compliance.duties.ok", args),
				List.of("/duties?requirement=" + id));
	}

	private static String link(String requirementId, String status) {
		return "/duties?requirement=" + requirementId + "&status=" + status;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
