package jp.itaku.contractor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jp.itaku.identity.CurrentUser;

import org.springframework.data.jpa.domain.Specification;

final class ContractorSpecifications {

	private ContractorSpecifications() {
	}

	/** The whole register, for lookups by the system itself (the user administration). */
	static Specification<Contractor> matching(ContractorQuery query) {
		return matching(query, null);
	}

	/** What {@code user} may see of the contractors matching {@code query} (規程 8). */
	static Specification<Contractor> matching(ContractorQuery query, CurrentUser user) {
		return (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			// no user: a lookup by the system itself (the user administration), not
			// scoped
			if (user != null && user.isContractorOnly()) {
				predicates.add((user.contractorId() != null) ? builder.equal(root.get("id"), user.contractorId())
						: builder.disjunction());
			}
			if (query.text() != null && !query.text().isBlank()) {
				String needle = SearchText.normalize(query.text())
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_");
				predicates.add(builder.like(root.get("searchText"), "%" + needle + "%", '\\'));
			}
			if (query.status() != null) {
				predicates.add(builder.equal(root.get("status"), query.status()));
			}
			if (query.riskTier() != null) {
				predicates.add(builder.equal(root.get("effectiveRiskTier"), query.riskTier()));
			}
			if (query.department() != null && !query.department().isBlank()) {
				predicates.add(builder.equal(root.get("department"), query.department()));
			}
			if (query.supplierType() != null) {
				predicates.add(builder.isMember(query.supplierType(), root.get("supplierTypes")));
			}
			if (query.accessKind() != null) {
				predicates.add(builder.isMember(query.accessKind(), root.get("accessKinds")));
			}
			if (query.missing() != null) {
				predicates.add(builder.notEqual(root.get("status"), ContractorStatus.TERMINATED));
				predicates.add(switch (query.missing()) {
					case SUPPLIER_TYPE -> builder.isEmpty(root.get("supplierTypes"));
					case ACCESS_KIND -> builder.isEmpty(root.get("accessKinds"));
					case OVERRIDE_REASON -> builder.and(builder.isNotNull(root.get("riskTierOverride")),
							builder.or(builder.isNull(root.get("riskTierOverrideReason")),
									builder.equal(builder.trim(root.get("riskTierOverrideReason")), "")));
				});
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
