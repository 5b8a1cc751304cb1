package jp.itaku.contractreview;

import java.util.UUID;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the contract page's 契約見直し section its data; templates call it as
 * {@code @contractReviewPanels}, since the contract page knows only the contract.
 */
@Component("contractReviewPanels")
class ContractReviewPanels {

	private final ContractReviews reviews;

	private final Contracts contracts;

	private final ReviewViews views;

	ContractReviewPanels(ContractReviews reviews, Contracts contracts, ReviewViews views) {
		this.reviews = reviews;
		this.contracts = contracts;
		this.views = views;
	}

	/**
	 * The panel of a contract.
	 * @throws jp.itaku.shared.NotFoundException for a contract the caller may not see,
	 * and for a contractor's own account
	 */
	@Transactional(readOnly = true)
	public ReviewPanel panel(UUID contractId) {
		var history = this.reviews.history(contractId);
		ContractSummary contract = this.contracts.get(contractId);
		return new ReviewPanel(contract, this.reviews.standing(contractId), history,
				contract.active() ? this.reviews.openPoints(contractId) : java.util.List.of(), contract.active(),
				this.views.today());
	}

}
