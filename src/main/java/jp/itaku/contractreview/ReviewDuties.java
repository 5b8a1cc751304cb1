package jp.itaku.contractreview;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;

import org.springframework.stereotype.Component;

/**
 * The two review duties (定期業務) of every active contract, both MGT-01 (規程 4.3(1)): the
 * periodic review ({@value #REVIEW}), due {@link ReviewSettings#reviewMonths()} after the
 * last 確認済 review or the start, and the pre-deadline review ({@value #NOTICE_REVIEW}),
 * due {@link ReviewSettings#reviewBeforeNoticeDays()} before the notice deadline. They
 * belong to the contractor's responsible member when that is an internal account, else to
 * the committee, and name the contractor.
 */
@Component
class ReviewDuties {

	static final String REVIEW = "contract-review";

	static final String NOTICE_REVIEW = "contract-notice-review";

	static final String SUBJECT_TYPE = "contract";

	static final String REQUIREMENT = "MGT-01";

	private static final int TITLE_ARG = 200;

	private final Duties duties;

	private final Contractors contractors;

	private final UserAccounts accounts;

	private final ReviewSettings settings;

	ReviewDuties(Duties duties, Contractors contractors, UserAccounts accounts, ReviewSettings settings) {
		this.duties = duties;
		this.contractors = contractors;
		this.accounts = accounts;
		this.settings = settings;
	}

	/**
	 * Schedules (or brings in line) both duties of an active contract; a confirmed review
	 * already held in the run-up to the notice deadline completes the pre-deadline one.
	 */
	void keep(ContractSummary contract, ReviewSchedule schedule) {
		DutyOwner owner = ownerOf(contract.contractorId());
		String link = ContractReviews.link(contract.id());
		List<String> title = List.of(label(contract.number(), contract.title()));
		String id = contract.id().toString();
		// a one-off duty re-anchored at each confirmed review: the due date always counts
		// from the last one, however early or late it was held
		this.duties.schedule(
				DutyPlan
					.of(new DutyKey(REVIEW, SUBJECT_TYPE, id), REQUIREMENT, owner, "contractreview.duty.review", title,
							link, Recurrence.once(), schedule.reviewDueOn())
					.withContractor(contract.contractorId()));
		DutyKey notice = new DutyKey(NOTICE_REVIEW, SUBJECT_TYPE, id);
		if (schedule.noticeDeadline() == null) {
			cancelIfOpen(notice, "no notice deadline");
			return;
		}
		int days = this.settings.reviewBeforeNoticeDays();
		// each new deadline (a renewal) gives the series a new anchor, which reopens it
		this.duties.schedule(DutyPlan.of(notice, REQUIREMENT, owner, "contractreview.duty.noticeReview", title, link,
				(days > 0) ? Recurrence.before(days, ChronoUnit.DAYS) : Recurrence.once(), schedule.noticeDeadline())
			.withContractor(contract.contractorId()));
		if (schedule.noticeReviewed() && this.duties.isOpen(notice)) {
			this.duties.complete(NOTICE_REVIEW, SUBJECT_TYPE, id, "confirmed review before the notice deadline");
		}
	}

	/**
	 * Completes the open periodic review of a contract just confirmed; {@link #keep} then
	 * re-anchors it a review period on.
	 */
	void confirmed(UUID contractId, String reviewId) {
		DutyKey key = new DutyKey(REVIEW, SUBJECT_TYPE, contractId.toString());
		if (this.duties.isOpen(key)) {
			this.duties.complete(REVIEW, SUBJECT_TYPE, contractId.toString(), "contract review " + reviewId);
		}
	}

	/** Cancels both duties of a contract no longer in effect; they stay as a trace. */
	void end(UUID contractId) {
		String id = contractId.toString();
		cancelIfOpen(new DutyKey(REVIEW, SUBJECT_TYPE, id), "contract no longer active");
		cancelIfOpen(new DutyKey(NOTICE_REVIEW, SUBJECT_TYPE, id), "contract no longer active");
	}

	private void cancelIfOpen(DutyKey key, String reason) {
		// asking first: a refused cancel inside the caller's transaction would roll it
		// back
		if (this.duties.isOpen(key)) {
			this.duties.cancel(key.kind(), key.subjectType(), key.subjectId(), reason);
		}
	}

	private DutyOwner ownerOf(UUID contractorId) {
		String member = this.contractors.find(new ContractorId(contractorId))
			.map(Contractor::getResponsibleMember)
			.filter((name) -> !name.isBlank())
			.orElse(null);
		boolean internal = member != null && this.accounts.contact(member.strip())
			.map((contact) -> contact.roles().stream().anyMatch((role) -> role != Role.CONTRACTOR))
			.orElse(false);
		return internal ? DutyOwner.user(member.strip()) : DutyOwner.committee();
	}

	static String label(String number, String title) {
		String text = (number != null && !number.isBlank()) ? number + " " + title : title;
		return (text.length() > TITLE_ARG) ? text.substring(0, TITLE_ARG) : text;
	}

}
