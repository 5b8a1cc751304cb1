package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The verdict on MGT-01 and OPS-04 from the active contracts' review standings, the same
 * for both (5.2(1) OPS-04 checks what 4.3(1) MGT-01 requires): OVERDUE when any review is
 * overdue, DUE_SOON when any is due within {@value ContractReviewStanding#DUE_SOON_DAYS}
 * days, else OK; never NOT_TRACKED, even without contracts.
 */
class ReviewVerdicts {

	static final List<String> REQUIREMENTS = List.of("MGT-01", "OPS-04");

	/** The list of the reviews of contracts that are late. */
	static final String OVERDUE_LIST = "/contract-reviews?overdue=true";

	// the compliance row names at most this many contracts; the list link shows them all
	private static final int MAX_NAMED = 20;

	private final MessageSource messages;

	ReviewVerdicts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param today today
	 * @param active how many contracts are in effect
	 * @param due the active contracts due within the due-soon window or overdue, earliest
	 * first
	 * @param nextDue the earliest next due date of all active contracts, or {@code null}
	 */
	List<RequirementAssessment> assess(LocalDate today, long active, List<ReviewStanding> due, LocalDate nextDue) {
		List<ReviewStanding> overdue = due.stream().filter((s) -> s.getNextDueOn().isBefore(today)).toList();
		RequirementAssessment verdict;
		if (!overdue.isEmpty()) {
			verdict = naming(ComplianceStatus.OVERDUE, "contractreview.compliance.overdue", overdue, active);
		}
		else if (!due.isEmpty()) {
			verdict = naming(ComplianceStatus.DUE_SOON, "contractreview.compliance.dueSoon", due, active);
		}
		else if (active == 0) {
			verdict = new RequirementAssessment("", ComplianceStatus.OK, text("contractreview.compliance.none"),
					List.of("/contract-reviews"));
		}
		else {
			verdict = new RequirementAssessment("", ComplianceStatus.OK,
					text("contractreview.compliance.ok", active, String.valueOf(nextDue)),
					List.of("/contract-reviews"));
		}
		return REQUIREMENTS.stream()
			.map((id) -> new RequirementAssessment(id, verdict.status(), verdict.detail(), verdict.links()))
			.toList();
	}

	private RequirementAssessment naming(ComplianceStatus status, String key, List<ReviewStanding> contracts,
			long active) {
		List<ReviewStanding> named = contracts.stream().limit(MAX_NAMED).toList();
		List<String> links = new ArrayList<>();
		named.forEach((s) -> links.add(ContractReviews.link(s.getContractId())));
		if (status == ComplianceStatus.OVERDUE) {
			links.add(OVERDUE_LIST);
		}
		String names = String.join(", ",
				named.stream().map((s) -> ReviewDuties.label(s.getContractNumber(), s.getContractTitle())).toList());
		return new RequirementAssessment("", status, text(key, contracts.size(), active, names), links);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
