package jp.itaku.audittrail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Finds entries by record, actor and period, newest first. Each filter has its index
 * ({@code V10__audittrail_entries.sql}).
 */
@Component
class AuditTrailSearch {

	private final EntityManager entityManager;

	private final Clock clock;

	AuditTrailSearch(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	Page<AuditEntryView> find(AuditTrailQuery query, Pageable pageable) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
		Root<AuditEntry> entry = select.from(AuditEntry.class);
		select.where(matching(query, cb, entry).toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("id")));
		List<AuditEntryView> content = this.entityManager.createQuery(select)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultStream()
			.map(AuditEntry::toView)
			.toList();

		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<AuditEntry> counted = count.from(AuditEntry.class);
		count.select(cb.count(counted)).where(matching(query, cb, counted).toArray(Predicate[]::new));
		long total = this.entityManager.createQuery(count).getSingleResult();
		return new PageImpl<>(content, pageable, total);
	}

	private List<Predicate> matching(AuditTrailQuery query, CriteriaBuilder cb, Root<AuditEntry> entry) {
		List<Predicate> predicates = new ArrayList<>();
		if (query.recordType() != null) {
			predicates.add(cb.equal(entry.get("recordType"), query.recordType()));
		}
		if (query.recordId() != null) {
			predicates.add(cb.equal(entry.get("recordId"), query.recordId()));
		}
		if (query.actor() != null) {
			predicates.add(cb.equal(entry.get("actor"), query.actor()));
		}
		if (query.from() != null) {
			predicates.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), startOf(query.from())));
		}
		if (query.to() != null) {
			// the period includes its last day
			predicates.add(cb.lessThan(entry.<Instant>get("occurredAt"), startOf(query.to().plusDays(1))));
		}
		return predicates;
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toInstant();
	}

}
