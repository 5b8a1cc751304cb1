package jp.itaku.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The committee's record of its yearly review (年次見直し, 規程 9 REV-03).
 *
 * @param reviewedOn the day the committee deliberated
 * @param outcome no change, or changes requested
 * @param summary what was considered and concluded
 * @param changeRequests the change requests the review led to (required when changes are
 * requested)
 */
public record ReviewForm(LocalDate reviewedOn, ReviewOutcome outcome, String summary, List<UUID> changeRequests) {

	static final int MAX_SUMMARY = 4000;

}
