package jp.itaku.clausecheck;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored run of the automatic clause check on a contract document (規程 4.2, issue 7),
 * as listed: never changed once recorded; a re-check is a new run.
 *
 * @param outcome {@code CHECKED}, or {@code REFUSED} when the document could not be read
 * @param refusedReason the message key of why it was refused (e.g.
 * {@code clausecheck.error.noTextLayer}), null when checked
 * @param articles how many numbered articles the check read
 * @param present how many of the 37 requirements it found present
 * @param rulesDigest the SHA-256 of the rule files the check used, so that runs made with
 * other rules can be told apart
 */
public record ClauseCheckRun(UUID id, UUID contractId, UUID contractorId, UUID documentId, String documentName,
		String documentSha256, Instant checkedAt, String checkedBy, String outcome, String refusedReason, int articles,
		long millis, int present, int partial, int absent, String rulesDigest) {

	/** A run that read the document and judged every requirement. */
	public static final String CHECKED = "CHECKED";

	/** A run whose document could not be read (image-only, encrypted, broken). */
	public static final String REFUSED = "REFUSED";

	/** Whether the document could not be read. */
	public boolean refused() {
		return REFUSED.equals(this.outcome);
	}

	/** The path of the run's highlighted view. */
	public String link() {
		return "/contracts/" + this.contractId + "/clause-checks/" + this.id;
	}

}
