package jp.itaku.audittrail;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.util.StringUtils;

/**
 * What to look for in the audit trail; every part is optional. Dates bind as people type
 * them ({@code 2024-04-01}, {@code 2024/4/1}, {@code R6.4.1}).
 *
 * @param recordType the kind of record, e.g. {@code contractor}
 * @param recordId one record's identifier
 * @param actor the user who made the changes
 * @param from the first day of the period (inclusive)
 * @param to the last day of the period (inclusive)
 */
public record AuditTrailQuery(@Size(max = 64) String recordType, @Size(max = 100) String recordId,
		@Size(max = 100) String actor, LocalDate from, LocalDate to) {

	public AuditTrailQuery {
		recordType = trimmed(recordType);
		recordId = trimmed(recordId);
		actor = trimmed(actor);
	}

	/** Nothing to filter by: the whole trail. */
	public static AuditTrailQuery everything() {
		return new AuditTrailQuery(null, null, null, null, null);
	}

	/**
	 * Whether the query names one record: a member may read the history of a record they
	 * work on, but not the whole trail.
	 */
	public boolean namesOneRecord() {
		return this.recordType != null && this.recordId != null;
	}

	private static String trimmed(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
