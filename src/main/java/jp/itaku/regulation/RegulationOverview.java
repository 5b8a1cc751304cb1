package jp.itaku.regulation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the regulation stands against its own clauses 8 and 9, for the compliance table:
 * the version in force (REV-01), who has not acknowledged it (PUB-01), change requests
 * awaiting the committee (REV-02) and the yearly review (REV-03).
 */
@Service
@Transactional(readOnly = true)
public class RegulationOverview {

	private final Regulation regulation;

	private final Acknowledgements acknowledgements;

	private final ChangeRequestRepository changeRequests;

	private final Reviews reviews;

	private final Clock clock;

	private final int deliberationDays;

	RegulationOverview(Regulation regulation, Acknowledgements acknowledgements, ChangeRequestRepository changeRequests,
			Reviews reviews, Clock clock, @Value("${itaku.regulation.deliberation-days:30}") int deliberationDays) {
		this.regulation = regulation;
		this.acknowledgements = acknowledgements;
		this.changeRequests = changeRequests;
		this.reviews = reviews;
		this.clock = clock;
		this.deliberationDays = deliberationDays;
	}

	public Standing standing() {
		RegulationVersion inForce = this.regulation.inForce().orElse(null);
		int subjects = this.acknowledgements.subjects().size();
		int unacknowledged = (inForce != null) ? this.acknowledgements.outstanding(inForce.number()).size() : 0;
		long underReview = this.changeRequests.countByStatus(ChangeRequestStatus.UNDER_REVIEW);
		long overdue = this.changeRequests.countByStatusAndCreatedAtBefore(ChangeRequestStatus.UNDER_REVIEW,
				this.clock.instant().minus(Duration.ofDays(this.deliberationDays)));
		return new Standing(LocalDate.now(this.clock), inForce, subjects, unacknowledged, underReview, overdue,
				this.deliberationDays, this.reviews.lastReviewedOn().orElse(null), this.reviews.dueOn().orElse(null));
	}

	/**
	 * The regulation's standing today.
	 *
	 * @param today the day it was computed
	 * @param inForce the version in force, or {@code null}
	 * @param subjects how many subjects the regulation has
	 * @param unacknowledged how many of them have not acknowledged the version in force
	 * @param underReview change requests before the committee
	 * @param deliberationOverdue of those, how many wait longer than
	 * {@code deliberationDays}
	 * @param deliberationDays how long the committee may deliberate (規程 9 "速やかに")
	 * @param lastReview the last yearly review, or {@code null}
	 * @param reviewDue when the next yearly review is due, or {@code null}
	 */
	public record Standing(LocalDate today, RegulationVersion inForce, int subjects, int unacknowledged,
			long underReview, long deliberationOverdue, int deliberationDays, LocalDate lastReview,
			LocalDate reviewDue) {
	}

}
