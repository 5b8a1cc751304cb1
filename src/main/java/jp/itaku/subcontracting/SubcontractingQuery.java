package jp.itaku.subcontracting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jp.itaku.identity.CurrentUser;
import jp.itaku.shared.FilterParameters;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the subcontracting request list.
 *
 * @param status one status, or null for all
 * @param contractor a company, as the contractor or as the subcontractor, or null
 * @param pending only the requests awaiting the committee (審議中)
 */
public record SubcontractingQuery(SubcontractingStatus status, UUID contractor, boolean pending) {

	/** The filters as query parameters, only those set (for paging links). */
	public String params() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		FilterParameters.add(builder, "status", this.status);
		FilterParameters.add(builder, "contractor", this.contractor);
		FilterParameters.add(builder, "pending", this.pending ? Boolean.TRUE : null);
		String query = builder.build().getQuery();
		return (query != null) ? query : "";
	}

	/**
	 * The query as a specification, limited to the caller's own company for a contractor
	 * account.
	 */
	static Specification<SubcontractingRequest> matching(SubcontractingQuery query, CurrentUser caller) {
		return (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (caller.isContractorOnly()) {
				UUID own = caller.contractorScope().orElse(null);
				where.add((own != null) ? builder.equal(root.get("contractorId"), own) : builder.disjunction());
			}
			if (query.pending()) {
				where.add(builder.equal(root.get("status"), SubcontractingStatus.UNDER_REVIEW));
			}
			else if (query.status() != null) {
				where.add(builder.equal(root.get("status"), query.status()));
			}
			if (query.contractor() != null) {
				where.add(builder.or(builder.equal(root.get("contractorId"), query.contractor()),
						builder.equal(root.get("subcontractorId"), query.contractor())));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

}
