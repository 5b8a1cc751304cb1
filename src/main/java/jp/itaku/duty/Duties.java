package jp.itaku.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty (定期業務) facade, the only way other modules reach this one: they register what
 * the regulation makes them do periodically (規程 4.1, 4.3, 5.1–5.4, 9: 定期的に), complete it
 * when their own record shows it done, and cancel it when it no longer applies. They
 * listen for nothing: the next occurrence, the status and the compliance table follow.
 */
@Service
public class Duties {

	/** The longest note kept with a completion or cancellation. */
	public static final int MAX_NOTE = 2000;

	private static final int MINE_LIMIT = 50;

	private final DutyRepository duties;

	private final DutyStore store;

	private final DutyViews views;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Duties(DutyRepository duties, DutyStore store, DutyViews views, CurrentUsers currentUsers, Clock clock) {
		this.duties = duties;
		this.store = store;
		this.views = views;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/**
	 * Creates the series of {@code plan.key()}, or brings it in line with the plan; an
	 * unchanged plan changes nothing, so modules may call this at every start-up.
	 * @return the series' id
	 */
	@Transactional
	public UUID schedule(DutyPlan plan) {
		String actor = this.currentUsers.actorName();
		DutyKey key = plan.key();
		Duty duty = this.duties.findByKindAndSubjectTypeAndSubjectId(key.kind(), key.subjectType(), key.subjectId())
			.map((existing) -> {
				existing.replan(plan, actor, this.clock.instant());
				return existing;
			})
			.orElseGet(() -> new Duty(plan, actor, this.clock.instant()));
		return this.store.save(duty).getId();
	}

	/**
	 * Completes the current occurrence for the calling module (e.g. when the committee
	 * records its yearly review, 規程 9) and schedules the next one.
	 * @throws NotFoundException if no such series exists
	 * @throws DutyClosed if it is done or cancelled
	 */
	@Transactional
	public void complete(String kind, String subjectType, String subjectId, String note) {
		Duty duty = load(new DutyKey(kind, subjectType, subjectId));
		duty.complete(this.currentUsers.actorName(), checkedNote(note), this.clock.instant(), this.views.today());
		this.store.save(duty);
	}

	/**
	 * Cancels a series that no longer applies; it stays with its history as a trace.
	 * @throws NotFoundException if no such series exists
	 * @throws DutyClosed if it is already cancelled
	 */
	@Transactional
	public void cancel(String kind, String subjectType, String subjectId, String reason) {
		Duty duty = load(new DutyKey(kind, subjectType, subjectId));
		duty.cancel(this.currentUsers.actorName(), checkedNote(reason), this.clock.instant());
		this.store.save(duty);
	}

	/**
	 * How the open duties stand today per requirement id, for the compliance table (規程
	 * 4.1, 4.3, 5.1–5.4, 9: what is done 定期的に).
	 */
	@Transactional(readOnly = true)
	public List<RequirementDuties> openByRequirement() {
		return this.duties.openByRequirement(this.views.today());
	}

	/**
	 * Whether the series of {@code key} exists and its current occurrence is open, so
	 * that a module completes or cancels only what is there (a refused call inside the
	 * caller's transaction would mark it for rollback).
	 */
	@Transactional(readOnly = true)
	public boolean isOpen(DutyKey key) {
		return this.duties.findByKindAndSubjectTypeAndSubjectId(key.kind(), key.subjectType(), key.subjectId())
			.map((duty) -> duty.getState() == DutyState.OPEN)
			.orElse(false);
	}

	/**
	 * The signed-in user's open duties, with the committee's when they are on it, the
	 * earliest due first: up to {@value #MINE_LIMIT} of their own and as many of the
	 * committee's, so that a long list of the committee's never hides a member's own.
	 */
	@Transactional(readOnly = true)
	public List<DutySummary> mine() {
		CurrentUser caller = this.currentUsers.current();
		if (caller.isContractorOnly()) {
			return List.of();
		}
		List<Duty> open = new ArrayList<>(earliest(DutyQuery.openOwnedBy(caller.username())));
		if (caller.has(Role.COMMITTEE)) {
			open.addAll(earliest(DutyQuery.openOfCommittee()));
		}
		return open.stream()
			.sorted(Comparator.comparing(Duty::getDueOn).thenComparing(Duty::getId))
			.map(this.views::summary)
			.toList();
	}

	/** The series of {@code key}, open or not, if it exists. */
	@Transactional(readOnly = true)
	public Optional<DutySummary> find(DutyKey key) {
		return this.duties.findByKindAndSubjectTypeAndSubjectId(key.kind(), key.subjectType(), key.subjectId())
			.map(this.views::summary);
	}

	private List<Duty> earliest(Specification<Duty> which) {
		return this.duties.findBy(which, (query) -> query.sortBy(Sort.by("dueOn", "id")).limit(MINE_LIMIT).all());
	}

	/**
	 * The open duties concerning a contractor, the earliest due first, for the 定期業務 tab
	 * of its page (規程 4.1: the contractor's periodic reviews); nothing for a contractor's
	 * own account.
	 */
	@Transactional(readOnly = true)
	public List<DutySummary> openForContractor(UUID contractorId) {
		if (contractorId == null || this.currentUsers.current().isContractorOnly()) {
			return List.of();
		}
		return this.duties
			.findBy(DutyQuery.openForContractor(contractorId),
					(query) -> query.sortBy(Sort.by("dueOn", "id")).limit(MINE_LIMIT).all())
			.stream()
			.map(this.views::summary)
			.toList();
	}

	/** Today, by the injected clock (Asia/Tokyo). */
	LocalDate today() {
		return this.views.today();
	}

	static String checkedNote(String note) {
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new InvalidInputException(
					List.of(new FieldProblem("note", "duty.error.note", new Object[] { MAX_NOTE })));
		}
		return text;
	}

	private Duty load(DutyKey key) {
		return this.duties.findByKindAndSubjectTypeAndSubjectId(key.kind(), key.subjectType(), key.subjectId())
			.orElseThrow(() -> new NotFoundException("duty " + key));
	}

}
