package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import jp.itaku.shared.FilterParameters;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Filters of the contract review list: outcome, contractor, a range of review dates, and
 * the reviews of contracts whose next review is overdue today. Empty filters match all.
 *
 * @param outcome 確認済 or 要対応
 * @param contractor the contractor the contract is with
 * @param from the earliest review date
 * @param to the latest review date
 * @param overdue {@code true} for the reviews of active contracts whose next review is
 * overdue, {@code false} for the others
 */
public record ContractReviewQuery(ContractReviewOutcome outcome, UUID contractor, LocalDate from, LocalDate to,
		Boolean overdue) {

	/** No filter at all. */
	public static ContractReviewQuery all() {
		return new ContractReviewQuery(null, null, null, null, null);
	}

	/**
	 * The filters as URL query parameters (without sort and page), for links that keep
	 * them.
	 */
	public String params() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		FilterParameters.add(builder, "outcome", this.outcome);
		FilterParameters.add(builder, "contractor", this.contractor);
		FilterParameters.add(builder, "from", this.from);
		FilterParameters.add(builder, "to", this.to);
		FilterParameters.add(builder, "overdue", this.overdue);
		String query = builder.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	/** The filters as a query; overdue compares the next due date with {@code today}. */
	Specification<ContractReview> toSpecification(LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.outcome != null) {
				where.add(cb.equal(root.get("outcome"), this.outcome));
			}
			if (this.contractor != null) {
				where.add(cb.equal(root.get("contractorId"), this.contractor));
			}
			if (this.from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("reviewedOn"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("reviewedOn"), this.to));
			}
			if (this.overdue != null) {
				Subquery<java.util.UUID> late = query.subquery(java.util.UUID.class);
				var standing = late.from(ReviewStanding.class);
				late.select(standing.get("contractId"))
					.where(cb.isTrue(standing.get("active")), cb.lessThan(standing.get("nextDueOn"), today));
				Predicate inLate = root.get("contractId").in(late);
				where.add(this.overdue ? inLate : cb.not(inLate));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
