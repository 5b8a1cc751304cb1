package jp.itaku.clausecheck;

import jp.itaku.contract.ContractDocumentAttached;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks each document attached to a contract. After the upload commits, so that a check
 * that fails can never undo the upload; on the uploader's own request thread, so that the
 * contract page the upload redirects to already shows the run and the pre-filled
 * checklist. The event publication registry keeps the publication until the check
 * completes, so a check lost to a crash is run again on restart.
 */
@Component
class AttachedDocumentChecks {

	private final ContractClauseChecks checks;

	AttachedDocumentChecks(ContractClauseChecks checks) {
		this.checks = checks;
	}

	@TransactionalEventListener
	void attached(ContractDocumentAttached event) {
		this.checks.checkDocument(event.contractId(), event.documentId(), event.actor());
	}

}
