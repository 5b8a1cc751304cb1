package jp.itaku.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jp.itaku.shared.FilterParameters;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Filters of the contract list; empty filters match all.
 *
 * @param kind the contract kind
 * @param status the life-cycle status
 * @param contractorId the contractor
 * @param dueWithinDays contracts in effect whose notice deadline or term end falls
 * between today and this many days from today
 * @param deadlinePassed {@code true}: contracts in effect whose notice deadline or term
 * end has passed
 * @param gapsOnly {@code true}: contracts whose required-clause checklist has open items
 * @param amendments {@code false}: only contracts that amend none (no 変更契約)
 */
public record ContractQuery(ContractKind kind, ContractStatus status, UUID contractorId, Integer dueWithinDays,
		Boolean deadlinePassed, Boolean gapsOnly, Boolean amendments) {

	/** The longest look-ahead of the deadline filter, in days. */
	public static final int MAX_DUE_WITHIN_DAYS = 3660;

	public ContractQuery {
		if (dueWithinDays != null) {
			dueWithinDays = Math.min(Math.max(dueWithinDays, 0), MAX_DUE_WITHIN_DAYS);
		}
	}

	/** Every contract. */
	public static ContractQuery all() {
		return new ContractQuery(null, null, null, null, null, null, null);
	}

	/** Every contract with one contractor. */
	public static ContractQuery ofContractor(UUID contractorId) {
		return new ContractQuery(null, null, contractorId, null, null, null, null);
	}

	/** The filters as URL query parameters (without sort and page), for links. */
	public String params() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		FilterParameters.add(builder, "kind", this.kind);
		FilterParameters.add(builder, "status", this.status);
		FilterParameters.add(builder, "contractor", this.contractorId);
		FilterParameters.add(builder, "dueWithin", this.dueWithinDays);
		FilterParameters.add(builder, "passed", this.deadlinePassed);
		FilterParameters.add(builder, "gaps", this.gapsOnly);
		FilterParameters.add(builder, "amendments", this.amendments);
		String query = builder.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	/**
	 * The filters as a query on the stored columns (all indexed).
	 * @param today the day deadlines are compared with
	 * @param scope the only contractor the caller may see, or null for all
	 */
	Specification<Contract> toSpecification(LocalDate today, UUID scope) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (scope != null) {
				where.add(cb.equal(root.get("contractorId"), scope));
			}
			if (this.contractorId != null) {
				where.add(cb.equal(root.get("contractorId"), this.contractorId));
			}
			if (this.kind != null) {
				where.add(cb.equal(root.get("kind"), this.kind));
			}
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			Predicate active = root.get("status").in(ContractStatus.CONCLUDED, ContractStatus.RENEWED);
			if (this.dueWithinDays != null) {
				LocalDate until = today.plusDays(this.dueWithinDays);
				where.add(cb.and(active, cb.or(cb.between(root.get("noticeDeadline"), today, until),
						cb.between(root.get("termEndOn"), today, until))));
			}
			if (Boolean.TRUE.equals(this.deadlinePassed)) {
				where.add(cb.and(active, cb.or(cb.lessThan(root.get("noticeDeadline"), today),
						cb.lessThan(root.get("termEndOn"), today))));
			}
			if (Boolean.TRUE.equals(this.gapsOnly)) {
				where.add(cb.greaterThan(root.get("coverageUnresolved"), 0));
			}
			if (Boolean.FALSE.equals(this.amendments)) {
				where.add(cb.isNull(root.get("amendsId")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
