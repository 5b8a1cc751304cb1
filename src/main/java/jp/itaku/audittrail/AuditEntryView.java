package jp.itaku.audittrail;

import java.time.Instant;

/**
 * One entry of the audit trail as it is stored.
 *
 * @param id the position in the chain, from 1 without gaps
 * @param occurredAt when the change was recorded
 * @param actor the user who made the change, or {@code system}
 * @param recordType the kind of record, e.g. {@code contractor}
 * @param recordId the record's identifier
 * @param action what happened, e.g. {@code UPDATED}
 * @param changes what changed, one "field: old → new" per line
 * @param previousHash the hash of the entry before (the genesis value for the first)
 * @param hash SHA-256 over this entry's content and {@code previousHash}
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, String recordType, String recordId,
		String action, String changes, String previousHash, String hash) {

}
