package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
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

	private final ReviewStandingRepository standings;

	private final ReviewVerdicts verdicts;

	private final Clock clock;

	ContractReviewCompliance(ReviewStandingRepository standings, MessageSource messages, Clock clock) {
		this.standings = standings;
		this.verdicts = new ReviewVerdicts(messages);
		this.clock = clock;
	}

	@Override
	public List<RequirementAssessment> assess() {
		LocalDate today = LocalDate.now(this.clock);
		List<ReviewStanding> due = this.standings
			.findByActiveTrueAndNextDueOnLessThanEqualOrderByNextDueOnAscContractIdAsc(
					today.plusDays(ContractReviewStanding.DUE_SOON_DAYS));
		LocalDate next = this.standings.findFirst1ByActiveTrueOrderByNextDueOnAscContractIdAsc()
			.stream()
			.findFirst()
			.map(ReviewStanding::getNextDueOn)
			.orElse(null);
		return this.verdicts.assess(today, this.standings.countByActiveTrue(), due, next);
	}

}
