package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.approval.Approvals;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;
import jp.itaku.identity.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selection criteria (選定基準) facade (規程 4.1(1) SEL-01, SEL-03): drafts, submission to
 * the committee (稟議, subject type {@value #SUBJECT_TYPE}), the version in force, the
 * history and the committee's reviews.
 */
@Service
@Transactional
public class SelectionCriteria {

	/** The approval subject type of a criteria version. */
	public static final String SUBJECT_TYPE = "selection-criteria";

	static final String RECORD_TYPE = "selection-criteria";

	private final CriteriaVersionRepository versions;

	private final CriteriaReviewRepository reviews;

	private final Approvals approvals;

	private final SelectionDuties duties;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SelectionCriteria(CriteriaVersionRepository versions, CriteriaReviewRepository reviews, Approvals approvals,
			SelectionDuties duties, CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.reviews = reviews;
		this.approvals = approvals;
		this.duties = duties;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The version in force today: the latest approved one whose effective date has come.
	 */
	@Transactional(readOnly = true)
	public Optional<CriteriaVersionView> inForce() {
		return inForceVersion().map((version) -> CriteriaVersionView.of(version, true));
	}

	/** Every version, the newest first. */
	@Transactional(readOnly = true)
	public List<CriteriaVersionView> history() {
		UUID current = inForceVersion().map(CriteriaVersion::getId).orElse(null);
		return this.versions.findAllByOrderByNumberDesc()
			.stream()
			.map((version) -> CriteriaVersionView.of(version, version.getId().equals(current)))
			.toList();
	}

	@Transactional(readOnly = true)
	public CriteriaVersionView get(UUID id) {
		UUID current = inForceVersion().map(CriteriaVersion::getId).orElse(null);
		CriteriaVersion version = load(id);
		return CriteriaVersionView.of(version, version.getId().equals(current));
	}

	/** Starts a new draft from the criteria of the latest version, if any. */
	public CriteriaVersionView draft(String title) {
		List<CriterionInput> start = this.versions.findAllByOrderByNumberDesc()
			.stream()
			.findFirst()
			.map((latest) -> latest.getCriteria().stream().map(Criterion::input).toList())
			.orElse(List.of());
		CriteriaDraft draft = new CriteriaDraft(title, null, start);
		draft.check(today());
		CriteriaVersion version = new CriteriaVersion(this.versions.maxNumber() + 1, draft.title(), start,
				this.users.actorName(), this.clock.instant());
		this.versions.save(version);
		publish(version, "DRAFTED", "number: " + version.getNumber() + "; criteria: " + start.size());
		return CriteriaVersionView.of(version, false);
	}

	/**
	 * Replaces a draft's title, effective date and criteria.
	 * @throws ConflictException when someone saved it meanwhile or it is no longer a
	 * draft
	 */
	public CriteriaVersionView revise(UUID id, long expectedVersion, CriteriaDraft draft) {
		CriteriaVersion version = load(id);
		if (version.getVersion() != expectedVersion) {
			throw new ConflictException("criteria version changed meanwhile", "selection.error.stale");
		}
		draft.check(today());
		version.revise(draft.title(), draft.effectiveOn(), draft.criteria(), this.clock.instant());
		this.versions.saveAndFlush(version);
		publish(version, "REVISED", "criteria: " + draft.criteria().size() + "; effective: " + draft.effectiveOn());
		return CriteriaVersionView.of(version, false);
	}

	/**
	 * Puts a draft before the committee, or a sent-back one again.
	 * @return the approval request's id
	 */
	public UUID submit(UUID id) {
		CriteriaVersion version = load(id);
		String snapshot = CriteriaVersionView.of(version, false).snapshot();
		UUID approvalId;
		if (version.getStatus() == CriteriaStatus.SENT_BACK) {
			approvalId = version.getApprovalId();
			this.approvals.resubmit(approvalId, snapshot);
		}
		else {
			approvalId = this.approvals.request(SUBJECT_TYPE, id.toString(),
					"選定基準 第" + version.getNumber() + "版: " + version.getTitle(), version.getCriteria().size() + " 項目",
					snapshot);
		}
		version.submitted(approvalId, this.clock.instant());
		this.versions.save(version);
		publish(version, "SUBMITTED", "approval: " + approvalId);
		return approvalId;
	}

	/**
	 * Records the first criteria of a site as approved before the application was used
	 * (e.g. approved on paper); refused once any version exists, so that every later
	 * version goes through the committee.
	 */
	public CriteriaVersionView recordInitial(String title, List<CriterionInput> criteria, LocalDate approvedOn,
			LocalDate effectiveOn) {
		if (this.versions.count() > 0) {
			throw new ConflictException("criteria already recorded", "selection.error.initialExists");
		}
		new CriteriaDraft(title, null, criteria).check(LocalDate.MIN);
		CriteriaVersion version = new CriteriaVersion(1, title, criteria, this.users.actorName(), this.clock.instant());
		version.approvedEarlier(approvedOn, effectiveOn, this.clock.instant());
		this.versions.save(version);
		publish(version, "RECORDED_APPROVED", "approved: " + approvedOn + "; effective: " + effectiveOn);
		this.duties.criteriaReviewed(approvedOn);
		return CriteriaVersionView.of(version, version.inForceOn(today()));
	}

	/**
	 * The committee reviewed the criteria in force and found no change needed (SEL-03).
	 */
	public void recordNoChangeReview(String note) {
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty() || text.length() > 2000) {
			throw new InvalidInputException(List.of(new FieldProblem("note", "selection.validation.note")));
		}
		if (inForceVersion().isEmpty()) {
			throw new ConflictException("no criteria in force", "selection.error.noneInForce");
		}
		CriteriaReview review = this.reviews
			.save(new CriteriaReview(today(), this.users.actorName(), text, this.clock.instant()));
		this.events.publishEvent(new SelectionEvent("selection-review", review.getId().toString(), "REVIEWED",
				review.getReviewer(), "no change: " + text));
		this.duties.criteriaReviewed(today());
	}

	@Transactional(readOnly = true)
	public List<CriteriaReviewView> reviews() {
		return this.reviews.findTop20ByOrderByReviewedOnDesc().stream().map(CriteriaReviewView::of).toList();
	}

	/** The last review of the criteria: an approval or a no-change review. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastReviewedOn() {
		Optional<LocalDate> approved = this.versions
			.findByStatusOrderByEffectiveOnDescNumberDesc(CriteriaStatus.APPROVED)
			.stream()
			.map(CriteriaVersion::getApprovedOn)
			.max(Comparator.naturalOrder());
		Optional<LocalDate> reviewed = this.reviews.findTop20ByOrderByReviewedOnDesc()
			.stream()
			.findFirst()
			.map(CriteriaReview::getReviewedOn);
		return approved.map((a) -> reviewed.filter((r) -> r.isAfter(a)).orElse(a)).or(() -> reviewed);
	}

	/** The two versions compared criterion by criterion (by code). */
	@Transactional(readOnly = true)
	public CriteriaComparison compare(int from, int to) {
		CriteriaVersion a = this.versions.findByNumber(from)
			.orElseThrow(() -> new NotFoundException("criteria version " + from));
		CriteriaVersion b = this.versions.findByNumber(to)
			.orElseThrow(() -> new NotFoundException("criteria version " + to));
		return CriteriaComparison.between(CriteriaVersionView.of(a, false), CriteriaVersionView.of(b, false));
	}

	Optional<CriteriaVersion> inForceVersion() {
		LocalDate today = today();
		return this.versions.findByStatusOrderByEffectiveOnDescNumberDesc(CriteriaStatus.APPROVED)
			.stream()
			.filter((version) -> version.inForceOn(today))
			.findFirst();
	}

	CriteriaVersion load(UUID id) {
		return this.versions.findById(id).orElseThrow(() -> new NotFoundException("criteria version " + id));
	}

	private void publish(CriteriaVersion version, String action, String changes) {
		this.events.publishEvent(new SelectionEvent(RECORD_TYPE, version.getId().toString(), action,
				this.users.actorName(), "version " + version.getNumber() + ": " + changes));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
