package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports MGT-01 (規程 4.3(1): 契約事項等を定期的に見直す) and OPS-04 (5.2(1): 見直されているか確認する) per
 * contract: OVERDUE naming the active contracts whose review is overdue, DUE_SOON naming
 * those due within {@value ContractReviewStanding#DUE_SOON_DAYS} days, else OK with how
 * many are in effect and when the next review is due. It counts contracts, not duties:
 * the duty module already reports the open MGT-01 duties (both reviews of a contract and
 * the actions they opened) by count, and a contract late on both of its reviews is one
 * overdue contract here.
 */
@Component
@Transactional(readOnly = true)
class ContractReviewCompliance implements ComplianceContributor {

	static final List<String> REQUIREMENTS = List.of("MGT-01", "OPS-04");

	// the compliance row names at most this many contracts; the list link shows them all
	private static final int MAX_LINKS = 20;

	private final ReviewStandingRepository standings;

	private final MessageSource messages;

	private final Clock clock;

	ContractReviewCompliance(ReviewStandingRepository standings, MessageSource messages, Clock clock) {
		this.standings = standings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<RequirementAssessment> assess() {
		LocalDate today = LocalDate.now(this.clock);
		long active = this.standings.countByActiveTrue();
		List<ReviewStanding> due = this.standings
			.findByActiveTrueAndNextDueOnLessThanEqualOrderByNextDueOnAscContractIdAsc(
					today.plusDays(ContractReviewStanding.DUE_SOON_DAYS));
		List<ReviewStanding> overdue = due.stream().filter((s) -> s.getNextDueOn().isBefore(today)).toList();
		RequirementAssessment verdict;
		if (!overdue.isEmpty()) {
			verdict = verdict(ComplianceStatus.OVERDUE, "contractreview.compliance.overdue", overdue, active);
		}
		else if (!due.isEmpty()) {
			verdict = verdict(ComplianceStatus.DUE_SOON, "contractreview.compliance.dueSoon", due, active);
		}
		else if (active == 0) {
			verdict = new RequirementAssessment("", ComplianceStatus.OK, text("contractreview.compliance.none"),
					List.of("/contract-reviews"));
		}
		else {
			LocalDate next = this.standings.findFirst1ByActiveTrueOrderByNextDueOnAscContractIdAsc()
				.stream()
				.findFirst()
				.map(ReviewStanding::getNextDueOn)
				.orElse(null);
			verdict = new RequirementAssessment("", ComplianceStatus.OK,
					text("contractreview.compliance.ok", active, String.valueOf(next)), List.of("/contract-reviews"));
		}
		RequirementAssessment shared = verdict;
		return REQUIREMENTS.stream()
			.map((id) -> new RequirementAssessment(id, shared.status(), shared.detail(), shared.links()))
			.toList();
	}

	private RequirementAssessment verdict(ComplianceStatus status, String key, List<ReviewStanding> contracts,
			long active) {
		List<String> names = contracts.stream()
			.map((s) -> ReviewDuties.label(s.getContractNumber(), s.getContractTitle()))
			.limit(MAX_LINKS)
			.toList();
		List<String> links = new ArrayList<>();
		contracts.stream().limit(MAX_LINKS).forEach((s) -> links.add(ContractReviews.link(s.getContractId())));
		if (status == ComplianceStatus.OVERDUE) {
			links.add("/contract-reviews?overdue=true");
		}
		return new RequirementAssessment("", status, text(key, contracts.size(), active, String.join("、", names)),
				links);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
