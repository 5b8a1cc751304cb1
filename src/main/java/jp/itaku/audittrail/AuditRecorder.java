package jp.itaku.audittrail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;
import jp.itaku.shared.AuditableEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends an entry for every {@link AuditableEvent} any module publishes. It runs inside
 * the publisher's transaction, so that a change and its entry commit together or not at
 * all (see {@code docs/adr/0002-audit-trail-hash-chain.md}); an event published outside a
 * transaction gets one of its own.
 */
@Component
class AuditRecorder {

	/** Longer descriptions are cut, rather than refusing the change they describe. */
	static final int MAX_CHANGES = 60_000;

	private final AuditChainHeadRepository heads;

	private final EntityManager entityManager;

	private final Clock clock;

	AuditRecorder(AuditChainHeadRepository heads, EntityManager entityManager, Clock clock) {
		this.heads = heads;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void record(AuditableEvent event) {
		AuditChainHead head = this.heads.lockHead();
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
