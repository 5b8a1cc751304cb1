package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.corrective.CorrectiveActions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns reviews and standings into the views screens and the API show. */
@Component
class ReviewViews {

	private final ContractReviewRepository reviews;

	private final ReviewStandingRepository standings;

	private final CorrectiveActions correctiveActions;

	private final Contractors contractors;

	private final Clock clock;

	ReviewViews(ContractReviewRepository reviews, ReviewStandingRepository standings,
			CorrectiveActions correctiveActions, Contractors contractors, Clock clock) {
		this.reviews = reviews;
		this.standings = standings;
		this.correctiveActions = correctiveActions;
		this.contractors = contractors;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	ContractReviewView view(ContractReview review, String contractorName) {
		return new ContractReviewView(review.getId(), review.getContractId(), review.getContractorId(), contractorName,
				review.getContractNumber(), review.getContractTitle(), review.getReviewedOn(), review.getReviewer(),
				review.getOutcome(), review.getSummary(), review.getRecordedAt(),
				this.correctiveActions.ofSource(ContractReviews.SOURCE_TYPE, review.getId().toString()));
	}

	/** The standing of a contract; a draft, never scheduled, is inactive and undated. */
	ContractReviewStanding standing(ContractSummary contract) {
		return this.standings.findById(contract.id())
			.map((standing) -> ContractReviewStanding.of(standing, today()))
			.orElseGet(() -> new ContractReviewStanding(false, null, null, contract.noticeDeadline(), null, false, null,
					ContractReviewStanding.State.INACTIVE));
	}

	/** One page of reviews with their contractor's name, for the list and the API. */
	@Transactional(readOnly = true)
	Page<ContractReviewView> search(ContractReviewQuery query, Pageable pageable) {
		Map<UUID, String> names = new HashMap<>();
		return this.reviews.findAll(query.toSpecification(today()), pageable)
			.map((review) -> view(review, names.computeIfAbsent(review.getContractorId(), this::nameOf)));
	}

	private String nameOf(UUID contractorId) {
		return this.contractors.find(new ContractorId(contractorId)).map(Contractor::getName).orElse(null);
	}

}
