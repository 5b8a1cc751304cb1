package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractReviewGate;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.corrective.CorrectionSource;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract review (契約見直し) facade (規程 4.3(1) MGT-01: 委託先の契約…を定期的に見直す; checked under
 * 5.2(1) OPS-04). A review of an active contract records who, when, the outcome and a
 * summary, opens the corrective actions it leads to, and is never changed afterwards: a
 * later review supersedes it. A 確認済 review is refused while any
 * {@link ContractReviewGate} reports open points, and completes the contract's review
 * duties.
 */
@Service
public class ContractReviews {

	/** The longest summary of a review. */
	public static final int MAX_SUMMARY = 4000;

	/** The most actions one review opens. */
	public static final int MAX_ACTIONS = 10;

	/** The longest description of one action. */
	public static final int MAX_ACTION_TEXT = 2000;

	/** The source type of the corrective actions a review opens. */
	public static final String SOURCE_TYPE = "contract-review";

	// the audit entry keeps the start of the summary; the review itself keeps all of it
	private static final int AUDITED_SUMMARY = 500;

	private final ContractReviewRepository reviews;

	private final ReviewStandings standings;

	private final ReviewDuties duties;

	private final ReviewChecks checks;

	private final ReviewViews views;

	private final Contracts contracts;

	private final CorrectiveActions correctiveActions;

	private final ObjectProvider<ContractReviewGate> gates;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContractReviews(ContractReviewRepository reviews, ReviewStandings standings, ReviewDuties duties,
			ReviewChecks checks, ReviewViews views, Contracts contracts, CorrectiveActions correctiveActions,
			ObjectProvider<ContractReviewGate> gates, CurrentUsers currentUsers, ApplicationEventPublisher events,
			Clock clock) {
		this.reviews = reviews;
		this.standings = standings;
		this.duties = duties;
		this.checks = checks;
		this.views = views;
		this.contracts = contracts;
		this.correctiveActions = correctiveActions;
		this.gates = gates;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** The place of a contract's reviews: the section of its page. */
	public static String link(UUID contractId) {
		return "/contracts/" + contractId + "#section-" + ContractReviewSection.ID;
	}

	/**
	 * Records a review of an active contract and opens the actions it leads to.
	 * @throws NotFoundException if the contract does not exist or the caller may not see
	 * it
	 * @throws ContractNotReviewable if the contract is not in effect (締結済, 更新)
	 * @throws jp.itaku.shared.InvalidInputException if the input is incomplete or wrong
	 * @throws ContractReviewRefused if the outcome is 確認済 and a gate has open points
	 */
	@Transactional
	public ContractReviewView record(UUID contractId, ReviewInput input) {
		ContractSummary contract = visibleContract(contractId);
		if (!contract.active()) {
			throw new ContractNotReviewable(contractId, contract.status());
		}
		LocalDate today = LocalDate.now(this.clock);
		this.checks.check(input, contract, today);
		gates().check(contractId, input.outcome());
		boolean confirmed = input.outcome() == ContractReviewOutcome.CONFIRMED;
		LocalDate lastConfirmed = this.reviews
			.findFirstByContractIdAndOutcomeOrderByReviewedOnDescRecordedAtDesc(contractId,
					ContractReviewOutcome.CONFIRMED)
			.map(ContractReview::getReviewedOn)
			.orElse(null);
		String actor = this.currentUsers.actorName();
		ContractReview review = this.reviews.save(new ContractReview(ReviewStandings.ref(contract), input.reviewedOn(),
				actor, input.outcome(), input.summary().strip(), this.clock.instant()));
		this.events.publishEvent(new ContractReviewRecorded(review.getId(), contractId, contract.contractorId(),
				input.outcome(), input.reviewedOn(), describe(contract, input), actor));
		CorrectionSource source = new CorrectionSource(SOURCE_TYPE, review.getId().toString(), ReviewDuties.REQUIREMENT,
				link(contractId));
		for (ReviewInput.ActionInput action : input.actions()) {
			this.correctiveActions.open(source, contract.contractorId(), action.what().strip(),
					action.assignee().strip(), action.dueOn());
		}
		// only a confirmation later than the last one moves the next periodic review
		if (confirmed && (lastConfirmed == null || input.reviewedOn().isAfter(lastConfirmed))) {
			this.duties.confirmed(contractId, review.getId().toString());
		}
		this.standings.refresh(contract);
		return this.views.view(review, null);
	}

	/**
	 * What the review gates report against marking the contract 確認済, empty when nothing
	 * stands in the way.
	 */
	@Transactional(readOnly = true)
	public List<String> openPoints(UUID contractId) {
		return gates().openPoints(contractId);
	}

	// asked on each use: the gates are beans of other modules, possibly none
	private ReviewGates gates() {
		return new ReviewGates(this.gates.orderedStream().toList());
	}

	/**
	 * A contract's reviews, the latest first.
	 * @throws NotFoundException if the caller may not see the contract
	 */
	@Transactional(readOnly = true)
	public List<ContractReviewView> history(UUID contractId) {
		visibleContract(contractId);
		return this.reviews.findByContractIdOrderByReviewedOnDescRecordedAtDesc(contractId)
			.stream()
			.map((review) -> this.views.view(review, null))
			.toList();
	}

	/**
	 * Where the contract stands with its reviews today; not active and never reviewed
	 * when it is a draft.
	 */
	@Transactional(readOnly = true)
	public ContractReviewStanding standing(UUID contractId) {
		ContractSummary contract = visibleContract(contractId);
		return this.views.standing(contract);
	}

	/**
	 * One page of reviews of all contracts, filtered (the committee's and the auditors'
	 * list).
	 * @throws NotFoundException for a contractor's own account
	 */
	@Transactional(readOnly = true)
	public Page<ContractReviewView> search(ContractReviewQuery query, Pageable pageable) {
		if (this.currentUsers.current().isContractorOnly()) {
			throw new NotFoundException("no contract reviews for contractor accounts");
		}
		return this.views.search(query, pageable);
	}

	private ContractSummary visibleContract(UUID contractId) {
		if (this.currentUsers.current().isContractorOnly()) {
			// contractors' own accounts see nothing of the organisation's reviews
			throw new NotFoundException("no contract reviews for contractor accounts");
		}
		return this.contracts.get(contractId);
	}

	private static String describe(ContractSummary contract, ReviewInput input) {
		return "contract: " + ReviewDuties.label(contract.number(), contract.title()) + "; reviewed on "
				+ input.reviewedOn() + "; outcome: " + input.outcome() + "; actions: " + input.actions().size()
				+ "; summary: " + abbreviate(input.summary().strip());
	}

	private static String abbreviate(String text) {
		return (text.length() > AUDITED_SUMMARY) ? text.substring(0, AUDITED_SUMMARY) + "…" : text;
	}

}
