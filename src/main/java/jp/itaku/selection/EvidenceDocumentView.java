package jp.itaku.selection;

import java.time.Instant;
import java.util.UUID;

/**
 * An evidence document as listed: what it is and its SHA-256 (hex), without its bytes.
 *
 * @param criterionCode the criterion it supports, or {@code null} for the evaluation as a
 * whole
 */
public record EvidenceDocumentView(UUID id, UUID evaluationId, String criterionCode, String fileName,
		String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

}
