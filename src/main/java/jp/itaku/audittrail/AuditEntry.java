package jp.itaku.audittrail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A stored entry of the audit trail. Immutable: it has no setters and Hibernate never
 * writes an update for it; the chain is only ever appended to.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String recordType;

	private String recordId;

	private String action;

	private String changes;

	private String previousHash;

	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(long id, Instant occurredAt, String actor, String recordType, String recordId, String action,
			String changes, String previousHash) {
		this.id = id;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.recordType = recordType;
		this.recordId = recordId;
		this.action = action;
		this.changes = changes;
		this.previousHash = previousHash;
		this.hash = AuditChain.hash(id, occurredAt, actor, recordType, recordId, action, changes, previousHash);
	}

	long getId() {
		return this.id;
	}

	String getHash() {
		return this.hash;
	}

	AuditEntryView toView() {
		return new AuditEntryView(this.id, this.occurredAt, this.actor, this.recordType, this.recordId, this.action,
				this.changes, this.previousHash, this.hash);
	}

}
