package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jp.itaku.contract.ContractSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a contract's review standing and its review duties in step with the contract and
 * its reviews (規程 4.3(1) MGT-01): an active contract (締結済, 更新) is scheduled, one that
 * ended has its duties cancelled, a draft has none.
 */
@Component
class ReviewStandings {

	private final ReviewStandingRepository standings;

	private final ContractReviewRepository reviews;

	private final ReviewDuties duties;

	private final ReviewSettings settings;

	private final Clock clock;

	ReviewStandings(ReviewStandingRepository standings, ContractReviewRepository reviews, ReviewDuties duties,
			ReviewSettings settings, Clock clock) {
		this.standings = standings;
		this.reviews = reviews;
		this.duties = duties;
		this.settings = settings;
		this.clock = clock;
	}

	/** Brings the standing and the duties of {@code contract} in line with it. */
	@Transactional
	ReviewStanding refresh(ContractSummary contract) {
		Optional<ReviewStanding> existing = this.standings.findById(contract.id());
		if (existing.isEmpty() && !contract.active()) {
			// a draft has nothing to review yet, and nothing was ever scheduled for it
			return null;
		}
		LocalDate lastConfirmed = this.reviews
			.findFirstByContractIdAndOutcomeOrderByReviewedOnDescRecordedAtDesc(contract.id(),
					ContractReviewOutcome.CONFIRMED)
			.map(ContractReview::getReviewedOn)
			.orElse(null);
		ReviewSchedule schedule = ReviewSchedule.of(contract.startOn(), contract.noticeDeadline(), lastConfirmed,
				this.settings);
		ReviewStanding standing = existing.orElseGet(() -> new ReviewStanding(contract.id()));
		standing.update(ref(contract), contract.active(), lastConfirmed, schedule, this.clock.instant());
		this.standings.save(standing);
		if (contract.active()) {
			this.duties.keep(contract, schedule);
		}
		else {
			this.duties.end(contract.id());
		}
		return standing;
	}

	static ContractReview.ContractRef ref(ContractSummary contract) {
		return new ContractReview.ContractRef(contract.id(), contract.contractorId(), contract.number(),
				contract.title());
	}

}
