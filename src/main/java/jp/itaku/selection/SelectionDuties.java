package jp.itaku.selection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.itaku.contractor.ContractorId;
import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;

import org.springframework.stereotype.Component;

/**
 * Registers the periodic reviews this module's records call for as duties (定期業務): the
 * committee's review of the criteria (SEL-03) and each contractor's re-evaluation
 * (SEL-04). The duty module then shows them as due soon and overdue.
 */
@Component
class SelectionDuties {

	static final String CRITERIA_REVIEW = "selection-criteria-review";

	static final String REEVALUATION = "selection-reevaluation";

	private final Duties duties;

	private final SelectionSettings settings;

	SelectionDuties(Duties duties, SelectionSettings settings) {
		this.duties = duties;
		this.settings = settings;
	}

	/**
	 * The criteria were reviewed on {@code on} (a version approved or a no-change
	 * review): the next review falls due {@code criteriaReviewMonths} later.
	 */
	void criteriaReviewed(LocalDate on) {
		// a one-off duty re-anchored at each review: the due date always counts from the
		// last review, however early or late it was
		this.duties.schedule(DutyPlan.of(new DutyKey(CRITERIA_REVIEW, SelectionCriteria.SUBJECT_TYPE, "criteria"),
				"SEL-03", DutyOwner.committee(), "selection.duty.criteriaReview", List.of(), "/selection/criteria",
				Recurrence.once(), on.plusMonths(this.settings.criteriaReviewMonths())));
	}

	/** The contractor was evaluated; its next evaluation falls due on {@code due}. */
	void reEvaluationDue(ContractorId contractor, String name, String owner, LocalDate due) {
		this.duties.schedule(DutyPlan
			.of(new DutyKey(REEVALUATION, "contractor", contractor.toString()), "SEL-04", DutyOwner.user(owner),
					"selection.duty.reEvaluation", List.of(truncate(name)),
					"/contractors/" + contractor + "?tab=evaluations", Recurrence.once(), due)
			.withContractor(contractor.value()));
	}

	/** The next review date of a contractor evaluated on {@code evaluatedOn}. */
	LocalDate nextEvaluation(LocalDate evaluatedOn, jp.itaku.contractor.RiskTier tier) {
		return evaluatedOn.plus(this.settings.reEvaluationMonths(tier), ChronoUnit.MONTHS);
	}

	private static String truncate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) : text;
	}

}
