package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic re-evaluation of selected contractors (規程 4.1(1) SEL-04: 選定先が基準に
 * 適合しているか定期的に見直し): each one's next due date by risk tier, and those last evaluated under
 * an older criteria version than the one in force.
 */
@Service
@Transactional(readOnly = true)
public class ReEvaluations {

	/** Days before its due date from which a re-evaluation counts as due soon. */
	public static final int DUE_SOON_DAYS = 30;

	/** The statuses under periodic re-evaluation: selected and not ended. */
	public static final Set<ContractorStatus> SELECTED = EnumSet.of(ContractorStatus.SELECTED,
			ContractorStatus.CONTRACTED, ContractorStatus.SUSPENDED);

	private static final int MAX_CONTRACTORS = 5000;

	private final Contractors contractors;

	private final Evaluations evaluations;

	private final SelectionCriteria criteria;

	private final SelectionDuties duties;

	private final Clock clock;

	ReEvaluations(Contractors contractors, Evaluations evaluations, SelectionCriteria criteria, SelectionDuties duties,
			Clock clock) {
		this.contractors = contractors;
		this.evaluations = evaluations;
		this.criteria = criteria;
		this.duties = duties;
		this.clock = clock;
	}

	/**
	 * The selected contractors the caller may see, optionally only those in
	 * {@code state}, the most urgent first.
	 */
	public List<ReEvaluationRow> list(ReEvaluationState state) {
		LocalDate today = LocalDate.now(this.clock);
		Integer inForce = this.criteria.inForceVersion().map(CriteriaVersion::getNumber).orElse(null);
		Map<UUID, Evaluation> latest = this.evaluations.latestOfAll();
		List<ReEvaluationRow> rows = new ArrayList<>();
		for (Contractor contractor : selectedContractors()) {
			ReEvaluationRow row = row(contractor, latest.get(contractor.getId()), inForce, today);
			if (state == null || row.state() == state) {
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparing(ReEvaluationRow::state)
			.thenComparing(ReEvaluationRow::dueOn, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(ReEvaluationRow::name));
		return rows;
	}

	/** The contractors the caller may see in the given statuses, by kana. */
	List<Contractor> contractorsIn(Set<ContractorStatus> statuses) {
		List<Contractor> result = new ArrayList<>();
		for (ContractorStatus status : statuses) {
			result.addAll(
					this.contractors
						.search(new ContractorQuery(null, status, null, null, null, null),
								PageRequest.of(0, MAX_CONTRACTORS, Sort.by("nameKana")))
						.getContent());
		}
		return result;
	}

	private List<Contractor> selectedContractors() {
		return contractorsIn(SELECTED);
	}

	private ReEvaluationRow row(Contractor contractor, Evaluation last, Integer inForce, LocalDate today) {
		if (last == null) {
			return new ReEvaluationRow(contractor.getId(), contractor.getName(), contractor.getStatus(),
					contractor.effectiveRiskTier(), null, null, null, null, ReEvaluationState.NEVER_EVALUATED);
		}
		LocalDate due = this.duties.nextEvaluation(last.getEvaluatedOn(), contractor.effectiveRiskTier());
		return new ReEvaluationRow(contractor.getId(), contractor.getName(), contractor.getStatus(),
				contractor.effectiveRiskTier(), last.getEvaluatedOn(), last.getResult(), last.getCriteriaNumber(), due,
				state(due, last.getCriteriaNumber(), inForce, today));
	}

	/** The state of a contractor last evaluated under {@code criteriaNumber}. */
	static ReEvaluationState state(LocalDate due, int criteriaNumber, Integer inForce, LocalDate today) {
		if (due.isBefore(today)) {
			return ReEvaluationState.OVERDUE;
		}
		if (!due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
			return ReEvaluationState.DUE_SOON;
		}
		if (inForce != null && criteriaNumber < inForce) {
			return ReEvaluationState.OUTDATED_CRITERIA;
		}
		return ReEvaluationState.ON_TIME;
	}

}
