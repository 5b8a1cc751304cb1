package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracks 規程 4.1(1) and 5.1(1) from the selection records: criteria in force and followed
 * in selecting (SEL-01), made known (SEL-02), reviewed (SEL-03), contractors re-evaluated
 * (SEL-04), and both reviews kept up (OPS-01). The duty module adds the due-soon and
 * overdue states of the same reviews.
 */
@Component
@Transactional(readOnly = true)
class SelectionCompliance implements ComplianceContributor {

	private final SelectionCriteria criteria;

	private final Evaluations evaluations;

	private final ReEvaluations reEvaluations;

	private final CriteriaNotices notices;

	private final SelectionSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	SelectionCompliance(SelectionCriteria criteria, Evaluations evaluations, ReEvaluations reEvaluations,
			CriteriaNotices notices, SelectionSettings settings, MessageSource messages, Clock clock) {
		this.criteria = criteria;
		this.evaluations = evaluations;
		this.reEvaluations = reEvaluations;
		this.notices = notices;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<RequirementAssessment> assess() {
		if (this.criteria.inForceVersion().isEmpty()) {
			String none = text("selection.compliance.noneInForce");
			return List.of(gap("SEL-01", none), gap("SEL-02", none), gap("SEL-03", none), gap("SEL-04", none),
					gap("OPS-01", none));
		}
		LocalDate today = LocalDate.now(this.clock);
		boolean reviewOverdue = this.criteria.lastReviewedOn()
			.map((last) -> last.plusMonths(this.settings.criteriaReviewMonths()).isBefore(today))
			.orElse(true);
		long overdue = this.reEvaluations.list(ReEvaluationState.OVERDUE).size();
		return List.of(selected(), informed(), reviewed(reviewOverdue), reEvaluated(overdue),
				checked(reviewOverdue, overdue));
	}

	private RequirementAssessment selected() {
		Map<UUID, Evaluation> latest = this.evaluations.latestOfAll();
		long unfounded = this.reEvaluations
			.contractorsIn(EnumSet.of(ContractorStatus.SELECTED, ContractorStatus.CONTRACTED))
			.stream()
			.map(Contractor::getId)
			.filter((id) -> Optional.ofNullable(latest.get(id)).map((e) -> !e.getResult().passing()).orElse(true))
			.count();
		if (unfounded > 0) {
			return new RequirementAssessment("SEL-01", ComplianceStatus.GAP,
					text("selection.compliance.SEL-01.gap", unfounded), List.of("/selection/re-evaluations"));
		}
		return ok("SEL-01", "selection.compliance.SEL-01.ok", "/selection/criteria");
	}

	private RequirementAssessment informed() {
		int pending = this.notices.notInformed().size();
		if (pending > 0) {
			return new RequirementAssessment("SEL-02", ComplianceStatus.GAP,
					text("selection.compliance.SEL-02.gap", pending), List.of("/selection/not-informed"));
		}
		return ok("SEL-02", "selection.compliance.SEL-02.ok", "/selection/not-informed");
	}

	private RequirementAssessment reviewed(boolean overdue) {
		if (overdue) {
			return new RequirementAssessment("SEL-03", ComplianceStatus.OVERDUE,
					text("selection.compliance.SEL-03.overdue"), List.of("/selection/criteria"));
		}
		return ok("SEL-03", "selection.compliance.SEL-03.ok", "/selection/criteria");
	}

	private RequirementAssessment reEvaluated(long overdue) {
		if (overdue > 0) {
			return new RequirementAssessment("SEL-04", ComplianceStatus.OVERDUE,
					text("selection.compliance.SEL-04.overdue", overdue),
					List.of("/selection/re-evaluations?state=OVERDUE"));
		}
		return ok("SEL-04", "selection.compliance.SEL-04.ok", "/selection/re-evaluations");
	}

	private RequirementAssessment checked(boolean reviewOverdue, long overdue) {
		if (reviewOverdue || overdue > 0) {
			return new RequirementAssessment("OPS-01", ComplianceStatus.OVERDUE,
					text("selection.compliance.OPS-01.overdue"), List.of("/selection/re-evaluations"));
		}
		return ok("OPS-01", "selection.compliance.OPS-01.ok", "/selection/criteria");
	}

	private RequirementAssessment ok(String id, String key, String link) {
		return new RequirementAssessment(id, ComplianceStatus.OK, text(key), List.of(link));
	}

	private RequirementAssessment gap(String id, String detail) {
		return new RequirementAssessment(id, ComplianceStatus.GAP, detail, List.of("/selection/criteria"));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
