package jp.itaku.selection;

import java.time.Instant;
import java.util.UUID;

/** When a contractor was informed of a criteria version and when it acknowledged it. */
public record NoticeView(UUID contractorId, UUID criteriaVersionId, int criteriaNumber, Instant informedAt,
		String informedBy, Instant acknowledgedAt, String acknowledgedBy) {

}
