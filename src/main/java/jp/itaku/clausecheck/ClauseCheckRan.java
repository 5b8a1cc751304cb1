package jp.itaku.clausecheck;

import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * The automatic clause check ran on a contract document (規程 4.2): recorded in the audit
 * trail under the contract, with the document, its SHA-256, the outcome and the counts.
 */
public record ClauseCheckRan(UUID runId, UUID contractId, UUID documentId, String changes,
		String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return "contract";
	}

	@Override
	public String recordId() {
		return this.contractId.toString();
	}

	@Override
	public String action() {
		return "CLAUSE_CHECK_RAN";
	}

	static ClauseCheckRan of(ClauseCheckRun run) {
		String outcome = run.refused() ? "REFUSED (" + run.refusedReason() + ")"
				: "CHECKED; present: " + run.present() + "; partial: " + run.partial() + "; absent: " + run.absent();
		return new ClauseCheckRan(run.id(), run.contractId(), run.documentId(), "run: " + run.id() + "; file: "
				+ run.documentName() + "; sha256: " + run.documentSha256() + "; outcome: " + outcome, run.checkedBy());
	}

}
