package jp.itaku.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded yearly review of the regulation (規程 9 REV-03).
 *
 * @param id the review
 * @param reviewedOn when the committee deliberated
 * @param versionNumber the version in force that it reviewed
 * @param outcome what it concluded
 * @param summary its record
 * @param changeRequests the change requests it led to
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record Review(UUID id, LocalDate reviewedOn, int versionNumber, ReviewOutcome outcome, String summary,
		List<UUID> changeRequests, String recordedBy, Instant recordedAt) {
}
