package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import jp.itaku.shared.FilterParameters;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Filters of the corrective action list: status, contractor, assignee, source and overdue
 * on today's date. Empty filters match all.
 *
 * @param status the status
 * @param contractor the contractor concerned
 * @param assignee the assignee's username
 * @param sourceType the kind of record the actions come from
 * @param requirement the requirement id, e.g. {@code SEL-04}
 * @param overdue {@code true} for the actions not verified whose due date has passed
 */
record CorrectiveActionQuery(CorrectiveActionStatus status, UUID contractor, String assignee, String sourceType,
		String requirement, Boolean overdue) {

	CorrectiveActionQuery {
		assignee = FilterParameters.blankToNull(assignee);
		sourceType = FilterParameters.blankToNull(sourceType);
		requirement = FilterParameters.blankToNull(requirement);
	}

	static CorrectiveActionQuery all() {
		return new CorrectiveActionQuery(null, null, null, null, null, null);
	}

	/**
	 * The filters as URL query parameters (without sort and page), for links that keep
	 * them.
	 */
	public String params() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		FilterParameters.add(builder, "status", this.status);
		FilterParameters.add(builder, "contractor", this.contractor);
		FilterParameters.add(builder, "assignee", this.assignee);
		FilterParameters.add(builder, "sourceType", this.sourceType);
		FilterParameters.add(builder, "requirement", this.requirement);
		FilterParameters.add(builder, "overdue", this.overdue);
		String query = builder.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	/** The filters as a query; overdue compares the due date with {@code today}. */
	Specification<CorrectiveAction> toSpecification(LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.contractor != null) {
				where.add(cb.equal(root.get("contractorId"), this.contractor));
			}
			if (this.assignee != null) {
				where.add(cb.equal(root.get("assignee"), this.assignee));
			}
			if (this.sourceType != null) {
				where.add(cb.equal(root.get("sourceType"), this.sourceType));
			}
			if (this.requirement != null) {
				where.add(cb.equal(root.get("requirementId"), this.requirement));
			}
			if (this.overdue != null) {
				Predicate open = cb.notEqual(root.get("status"), CorrectiveActionStatus.VERIFIED);
				where.add(this.overdue ? cb.and(open, cb.lessThan(root.get("dueOn"), today))
						: cb.or(cb.not(open), cb.greaterThanOrEqualTo(root.get("dueOn"), today)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
