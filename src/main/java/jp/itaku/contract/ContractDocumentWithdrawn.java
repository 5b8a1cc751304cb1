package jp.itaku.contract;

import java.util.UUID;

/** A contract document was withdrawn; it stays stored and listed. */
public record ContractDocumentWithdrawn(UUID contractId, UUID contractorId, UUID documentId, String changes,
		String actor) implements ContractEvent {

	@Override
	public String action() {
		return "DOCUMENT_WITHDRAWN";
	}

}
