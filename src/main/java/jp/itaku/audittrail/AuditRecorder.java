package jp.itaku.audittrail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jp.itaku.shared.AuditableEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends an entry for every {@link AuditableEvent} any module publishes. It runs inside
 * the publisher's transaction, so that a change and its entry commit together or not at
 * all (see {@code docs/adr/0002-audit-trail-hash-chain.md}); an event published outside a
 * transaction, or inside a read-only one, gets a transaction of its own.
 */
@Component
class AuditRecorder {

	/** Longer descriptions are cut, rather than refusing the change they describe. */
	static final int MAX_CHANGES = 60_000;

	private final EntityManager entityManager;

	private final Clock clock;

	private final TransactionTemplate separately;

	AuditRecorder(EntityManager entityManager, Clock clock, PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	@Transactional
	void record(AuditableEvent event) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a read-only transaction (an export, say) cannot write the entry and has no
			// change to commit with it
			this.separately.executeWithoutResult((status) -> append(event));
			return;
		}
		append(event);
	}

	private void append(AuditableEvent event) {
		// SELECT … FOR UPDATE, held until the transaction ends; within one transaction
		// the
		// head is locked once and then found in the persistence context, so that a bulk
		// change with many events neither queries nor flushes per event
		AuditChainHead head = this.entityManager.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID,
				LockModeType.PESSIMISTIC_WRITE);
		// the database keeps microseconds; hashing a finer instant would not survive a
		// round trip
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = new AuditEntry(head.getLastId() + 1, now, actor(event), event.recordType(), event.recordId(),
				event.action(), limit(event.changes()), head.getLastHash());
		this.entityManager.persist(entry);
		head.advanceTo(entry);
	}

	private static String actor(AuditableEvent event) {
		String actor = event.actor();
		return (actor == null || actor.isBlank()) ? "system" : actor;
	}

	private static String limit(String changes) {
		if (changes == null || changes.length() <= MAX_CHANGES) {
			return changes;
		}
		return changes.substring(0, MAX_CHANGES - 1) + "…";
	}

}
