package jp.itaku.shared;

/**
 * An event that the audit trail (操作記録) records. Every module publishes one of these for
 * each create, change and state transition of its records.
 */
public interface AuditableEvent {

	/** The kind of record, e.g. {@code contractor}. */
	String recordType();

	/** The record's identifier as text. */
	String recordId();

	/** What happened, e.g. {@code CREATED}, {@code UPDATED}, {@code STATUS_CHANGED}. */
	String action();

	/** The user who did it, or {@code system}. */
	String actor();

	/** What changed, human readable (field: old → new), never a secret. */
	String changes();

}
