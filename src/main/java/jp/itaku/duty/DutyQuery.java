package jp.itaku.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import jp.itaku.shared.FilterParameters;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Filters of the organisation's duty list: status on today's date, owner (a username, or
 * the committee), kind, requirement id, contractor (issue 4) and the record concerned.
 * Empty filters match all.
 *
 * @param status the status on today's date
 * @param owner an owner's username
 * @param committee {@code true} for the committee's duties only
 * @param kind the kind of duty
 * @param requirement the requirement id
 * @param subjectType the kind of record concerned
 * @param subjectId the record concerned
 * @param contractor the contractor concerned
 */
record DutyQuery(DutyStatus status, String owner, Boolean committee, String kind, String requirement,
		String subjectType, String subjectId, UUID contractor) {

	DutyQuery {
		owner = FilterParameters.blankToNull(owner);
		kind = FilterParameters.blankToNull(kind);
		requirement = FilterParameters.blankToNull(requirement);
		subjectType = FilterParameters.blankToNull(subjectType);
		subjectId = FilterParameters.blankToNull(subjectId);
	}

	/** Filters that name no contractor. */
	DutyQuery(DutyStatus status, String owner, Boolean committee, String kind, String requirement, String subjectType,
			String subjectId) {
		this(status, owner, committee, kind, requirement, subjectType, subjectId, null);
	}

	static DutyQuery ofStatus(DutyStatus status) {
		return new DutyQuery(status, null, null, null, null, null, null);
	}

	/** The same filters without the contractor, for the filter chip's clear link. */
	public DutyQuery withoutContractor() {
		return new DutyQuery(this.status, this.owner, this.committee, this.kind, this.requirement, this.subjectType,
				this.subjectId, null);
	}

	/**
	 * The filters as URL query parameters (without sort and page), for links that keep
	 * them.
	 */
	public String params() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		FilterParameters.add(builder, "status", this.status);
		FilterParameters.add(builder, "owner", this.owner);
		FilterParameters.add(builder, "committee", this.committee);
		FilterParameters.add(builder, "kind", this.kind);
		FilterParameters.add(builder, "requirement", this.requirement);
		FilterParameters.add(builder, "contractor", this.contractor);
		String query = builder.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	/**
	 * The filters as a query whose status conditions compare dates with {@code today}.
	 */
	Specification<Duty> toSpecification(LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.status != null) {
				where.add(switch (this.status) {
					case DONE -> cb.equal(root.get("state"), DutyState.DONE);
					case CANCELLED -> cb.equal(root.get("state"), DutyState.CANCELLED);
					case OVERDUE -> cb.and(open(root, cb), cb.lessThan(root.get("overdueAfter"), today));
					case DUE_SOON -> cb.and(open(root, cb), cb.lessThanOrEqualTo(root.get("dueSoonFrom"), today),
							cb.greaterThanOrEqualTo(root.get("overdueAfter"), today));
					case PLANNED -> cb.and(open(root, cb), cb.greaterThan(root.get("dueSoonFrom"), today));
				});
			}
			if (this.owner != null) {
				where.add(cb.equal(root.get("ownerUsername"), this.owner));
			}
			if (this.committee != null) {
				where.add(cb.equal(root.get("ownerCommittee"), this.committee));
			}
			if (this.kind != null) {
				where.add(cb.equal(root.get("kind"), this.kind));
			}
			if (this.requirement != null) {
				where.add(cb.equal(root.get("requirementId"), this.requirement));
			}
			if (this.contractor != null) {
				where.add(cb.equal(root.get("contractorId"), this.contractor));
			}
			if (this.subjectType != null) {
				where.add(cb.equal(root.get("subjectType"), this.subjectType));
			}
			if (this.subjectId != null) {
				where.add(cb.equal(root.get("subjectId"), this.subjectId));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Predicate open(Root<Duty> root, CriteriaBuilder cb) {
		return cb.equal(root.get("state"), DutyState.OPEN);
	}

	/** Open duties of {@code username}, and of the committee when they are on it. */
	static Specification<Duty> openFor(String username, boolean committeeMember) {
		return (root, query, cb) -> {
			Predicate mine = cb.equal(root.get("ownerUsername"), username);
			Predicate owner = committeeMember ? cb.or(mine, cb.isTrue(root.get("ownerCommittee"))) : mine;
			return cb.and(cb.equal(root.get("state"), DutyState.OPEN), owner);
		};
	}

	/** Open duties owned by {@code username} themselves. */
	static Specification<Duty> openOwnedBy(String username) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("state"), DutyState.OPEN),
				cb.equal(root.get("ownerUsername"), username));
	}

	/** Open duties of the committee. */
	static Specification<Duty> openOfCommittee() {
		return (root, query, cb) -> cb.and(cb.equal(root.get("state"), DutyState.OPEN),
				cb.isTrue(root.get("ownerCommittee")));
	}

	/** Open duties concerning {@code contractorId}. */
	static Specification<Duty> openForContractor(UUID contractorId) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("state"), DutyState.OPEN),
				cb.equal(root.get("contractorId"), contractorId));
	}

	/** Open duties due between two dates, inclusive. */
	static Specification<Duty> openDueBetween(LocalDate from, LocalDate to) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("state"), DutyState.OPEN),
				cb.between(root.get("dueOn"), from, to));
	}

}
