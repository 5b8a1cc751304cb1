package jp.itaku.subcontracting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A finding of unapproved subcontracting (未承認の再委託, 規程 4.2(3)① R01) as screens and the API
 * read it.
 *
 * @param subcontractorId the registered subcontractor, or null when only named
 * @param version the version to send back when closing it (optimistic locking)
 */
public record FindingView(UUID id, long version, UUID contractorId, String contractorName, UUID subcontractorId,
		String subcontractorName, LocalDate foundOn, String howFound, String note, FindingStatus status,
		String recordedBy, Instant recordedAt, String closedBy, Instant closedAt, String closingNote) {

}
