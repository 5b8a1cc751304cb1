package jp.itaku.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * A contract document as listed: what it is and its SHA-256 (hex), without its bytes.
 *
 * @param withdrawnBy who withdrew it, or null while it stands
 * @param withdrawnAt when, or null
 * @param withdrawnReason why, or null
 */
public record ContractDocumentView(UUID id, UUID contractId, String fileName, String contentType, long sizeBytes,
		String sha256, String uploadedBy, Instant uploadedAt, String withdrawnBy, Instant withdrawnAt,
		String withdrawnReason) {

	/** Whether the document was withdrawn. */
	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

}
