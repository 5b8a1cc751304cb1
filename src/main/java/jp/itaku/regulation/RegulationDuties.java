package jp.itaku.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import jp.itaku.identity.UserContact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The regulation's periodic duties (定期業務): the committee's yearly review (規程 9 REV-03),
 * due 12 months after the last, and each subject's acknowledgement of the version in
 * force (規程 8 PUB-01), due a number of days (14) after it takes effect. The duty module
 * reminds their owners and turns them into due-soon and overdue in the compliance table.
 */
@Component
class RegulationDuties {

	static final String REVIEW = "regulation-yearly-review";

	static final String ACKNOWLEDGEMENT = "regulation-acknowledgement";

	private static final String VERSION = "regulation-version";

	private static final DutyKey REVIEW_KEY = new DutyKey(REVIEW, "regulation", "regulation");

	private final Duties duties;

	private final Clock clock;

	private final int reviewMonths;

	private final int acknowledgeWithinDays;

	RegulationDuties(Duties duties, Clock clock,
			@Value("${itaku.regulation.review-interval-months:12}") int reviewMonths,
			@Value("${itaku.regulation.acknowledge-within-days:14}") int acknowledgeWithinDays) {
		this.duties = duties;
		this.clock = clock;
		this.reviewMonths = reviewMonths;
		this.acknowledgeWithinDays = acknowledgeWithinDays;
	}

	/** Schedules the next yearly review on {@code dueOn}. */
	void scheduleReview(LocalDate dueOn) {
		this.duties.schedule(DutyPlan.of(REVIEW_KEY, "REV-03", DutyOwner.committee(), "regulation.duty.review",
				List.of(), "/regulation/reviews",
				Recurrence.every(this.reviewMonths, ChronoUnit.MONTHS, Recurrence.Basis.COMPLETION), dueOn));
	}

	/**
	 * The committee recorded its review: this occurrence is done, the next is due on
	 * {@code nextDue}.
	 */
	void reviewRecorded(LocalDate reviewedOn, LocalDate nextDue) {
		if (this.duties.isOpen(REVIEW_KEY)) {
			this.duties.complete(REVIEW, "regulation", "regulation", "reviewed on " + reviewedOn);
		}
		scheduleReview(nextDue);
	}

	/**
	 * Asks {@code subject} to acknowledge {@code version}, within the set number of days
	 * of {@code from} (its effective date, or the day a subject joined later).
	 */
	void askToAcknowledge(RegulationVersion version, UserContact subject, LocalDate from) {
		LocalDate start = (version.effectiveOn() != null && version.effectiveOn().isAfter(from)) ? version.effectiveOn()
				: from;
		this.duties.schedule(DutyPlan
			.of(key(version.number(), subject), "PUB-01", DutyOwner.user(subject.username()),
					"regulation.duty.acknowledge", List.of(String.valueOf(version.number())),
					"/regulation/versions/" + version.number(), Recurrence.once(),
					start.plusDays(this.acknowledgeWithinDays))
			// due soon in its last week, not from the day it is asked
			.withDueSoonDays(7));
	}

	/** Whether {@code subject} has been asked to acknowledge {@code number}. */
	boolean askedToAcknowledge(int number, UserContact subject) {
		return this.duties.isOpen(key(number, subject));
	}

	/** The subject acknowledged: their duty for this version is done. */
	void acknowledged(int number, UserContact subject) {
		DutyKey key = key(number, subject);
		if (this.duties.isOpen(key)) {
			this.duties.complete(key.kind(), key.subjectType(), key.subjectId(), null);
		}
	}

	/**
	 * A later version replaced {@code number}: whoever has not acknowledged it need not.
	 */
	void superseded(int number, int by, UserContact subject) {
		DutyKey key = key(number, subject);
		if (this.duties.isOpen(key)) {
			this.duties.cancel(key.kind(), key.subjectType(), key.subjectId(), "superseded by version " + by);
		}
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	// the account id, not the user name, so that the key stays short
	private static DutyKey key(int number, UserContact subject) {
		return new DutyKey(ACKNOWLEDGEMENT, VERSION, number + ":" + subject.id());
	}

}
