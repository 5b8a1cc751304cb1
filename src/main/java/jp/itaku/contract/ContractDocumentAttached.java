package jp.itaku.contract;

import java.util.UUID;

/**
 * A document was attached to a contract (its name, type, size and SHA-256 in changes).
 */
public record ContractDocumentAttached(UUID contractId, UUID contractorId, UUID documentId, String changes,
		String actor) implements ContractEvent {

	@Override
	public String action() {
		return "DOCUMENT_ATTACHED";
	}

}
