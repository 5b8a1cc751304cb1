package jp.itaku.clause;

import java.time.Instant;
import java.util.UUID;

/**
 * The contract document the automatic check read for a checklist's current suggestion
 * (issue 7): its items' suggestions wait for the reviewer to confirm or correct them (規程
 * 4.2).
 *
 * @param runId the check that produced the suggestion
 * @param name the document's file name
 * @param sha256 the document's SHA-256, hex, or {@code null}
 * @param link the page of the check with each item's passage highlighted, or {@code null}
 * @param suggestedAt when the suggestion reached the checklist
 */
public record CheckedDocument(UUID runId, String name, String sha256, String link, Instant suggestedAt) {

}
