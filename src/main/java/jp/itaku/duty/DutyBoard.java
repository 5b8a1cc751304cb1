package jp.itaku.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the screens and the API do with duties: the organisation's list, the month
 * calendar, one duty, and completing one by hand. Roles are checked by the controllers;
 * who may complete which duty is checked here.
 */
@Service
class DutyBoard {

	private final DutyRepository duties;

	private final DutyStore store;

	private final DutyViews views;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	DutyBoard(DutyRepository duties, DutyStore store, DutyViews views, CurrentUsers currentUsers, Clock clock) {
		this.duties = duties;
		this.store = store;
		this.views = views;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<DutySummary> search(DutyQuery query, Pageable pageable) {
		return this.duties.findAll(query.toSpecification(this.views.today()), pageable).map(this.views::summary);
	}

	@Transactional(readOnly = true)
	DutyView get(UUID id) {
		return view(load(id));
	}

	/**
	 * Open duties due in {@code month}: all of them for the committee, auditors and
	 * administrators, the caller's own and the committee's for a member.
	 */
	@Transactional(readOnly = true)
	List<DutySummary> month(YearMonth month) {
		CurrentUser caller = this.currentUsers.current();
		Specification<Duty> due = DutyQuery.openDueBetween(month.atDay(1), month.atEndOfMonth());
		if (!mayReadAll(caller)) {
			due = due.and(DutyQuery.openFor(caller.username(), caller.has(Role.COMMITTEE)));
		}
		return this.duties.findAll(due, Sort.by("dueOn", "id")).stream().map(this.views::summary).toList();
	}

	@Transactional(readOnly = true)
	List<String> kinds() {
		return this.duties.kinds();
	}

	/**
	 * The owner (or, for the committee's duty, a committee member) completes the current
	 * occurrence of the version they read.
	 * @throws NotDutyOwner if the caller may not complete it
	 * @throws DutyClosed if it changed since, or is done or cancelled
	 */
	@Transactional
	DutyView complete(UUID id, long version, String note) {
		String text = Duties.checkedNote(note);
		CurrentUser caller = this.currentUsers.current();
		Duty duty = load(id);
		if (!duty.mayBeCompletedBy(caller.username(), caller.has(Role.COMMITTEE))) {
			throw new NotDutyOwner(caller.username() + " may not complete duty " + id);
		}
		if (duty.getVersion() != version) {
			throw new DutyClosed("duty " + id + " is at version " + duty.getVersion(), "duty.error.concurrent");
		}
		duty.complete(caller.username(), text, this.clock.instant(), this.views.today());
		return view(this.store.save(duty));
	}

	LocalDate today() {
		return this.views.today();
	}

	boolean mayReadAll() {
		return mayReadAll(this.currentUsers.current());
	}

	private static boolean mayReadAll(CurrentUser caller) {
		return caller.has(Role.COMMITTEE) || caller.has(Role.AUDITOR) || caller.has(Role.ADMIN);
	}

	private DutyView view(Duty duty) {
		CurrentUser caller = this.currentUsers.current();
		boolean canComplete = duty.statusOn(this.views.today()) != DutyStatus.DONE
				&& duty.statusOn(this.views.today()) != DutyStatus.CANCELLED
				&& duty.mayBeCompletedBy(caller.username(), caller.has(Role.COMMITTEE))
				&& (caller.has(Role.MEMBER) || caller.has(Role.COMMITTEE) || caller.has(Role.ADMIN));
		return this.views.view(duty, canComplete);
	}

	private Duty load(UUID id) {
		return this.duties.findById(id).orElseThrow(() -> new NotFoundException("duty " + id));
	}

}
