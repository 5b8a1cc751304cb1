package jp.itaku.approval;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval (稟議) facade: modules put subjects before the committee (委託先管理委員会) and
 * listen to {@link ApprovalGranted}, {@link ApprovalRejected}, {@link ApprovalSentBack}
 * and {@link ApprovalWithdrawn} for the outcome. Members decide through the screens and
 * the API.
 */
@Service
public class Approvals {

	private final ApprovalRepository requests;

	private final UserAccounts accounts;

	private final CurrentUsers currentUsers;

	private final ApprovalViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DecisionRule rule;

	Approvals(ApprovalRepository requests, UserAccounts accounts, CurrentUsers currentUsers, ApprovalViews views,
			ApplicationEventPublisher events, Clock clock,
			@Value("${itaku.committee.decision-rule:MAJORITY}") DecisionRule rule) {
		this.requests = requests;
		this.accounts = accounts;
		this.currentUsers = currentUsers;
		this.views = views;
		this.events = events;
		this.clock = clock;
		this.rule = rule;
	}

	/**
	 * Puts a subject before the committee under the decision rule in force now.
	 * @return the new request's id
	 */
	@Transactional
	public UUID request(String subjectType, String subjectId, String title, String summary, String snapshot) {
		ApprovalSubject subject = new ApprovalSubject(subjectType, subjectId, title, summary, snapshot);
		List<FieldProblem> problems = subject.problems(ApprovalInput.MAX_SNAPSHOT, ApprovalInput.MAX_COMMENT);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CurrentUser caller = this.currentUsers.current();
		long committee = this.accounts.countEnabledWith(Role.COMMITTEE);
		// the requester never decides on their own request, so they do not count as a
		// voter
		int voters = (int) (caller.has(Role.COMMITTEE) ? committee - 1 : committee);
		ApprovalRequest request = new ApprovalRequest(subject, caller.username(), this.rule, voters,
				this.clock.instant());
		publish(request);
		return request.getId();
	}

	/**
	 * The requester puts a sent-back request (差戻し) before the committee again with a
	 * revised snapshot: a new round, in which every member decides afresh.
	 * @throws NotEligibleToDecide if the caller is not the requester
	 * @throws ApprovalClosed if the request is not sent back
	 */
	@Transactional
	public ApprovalView resubmit(UUID id, String snapshot) {
		String text = ApprovalInput.snapshot(snapshot);
		CurrentUser caller = this.currentUsers.current();
		ApprovalRequest request = load(id);
		request.resubmit(caller.username(), text, this.clock.instant());
		publish(request);
		return this.views.view(request, caller);
	}

	/** The requester withdraws a pending or sent-back request (引戻し). */
	@Transactional
	public void withdraw(UUID id) {
		ApprovalRequest request = load(id);
		request.withdraw(this.currentUsers.actorName(), this.clock.instant());
		publish(request);
	}

	/**
	 * Records the caller's decision. A refusal or send-back needs a comment.
	 * @throws NotEligibleToDecide if the caller is not on the committee or is the
	 * requester
	 * @throws ApprovalClosed if the request is decided or the caller already decided
	 */
	@Transactional
	public ApprovalView decide(UUID id, Verdict verdict, String comment) {
		return decide(id, verdict, comment, null);
	}

	/**
	 * Records the caller's decision on the round they read, so that nobody decides on a
	 * snapshot they have not seen.
	 * @param round the round the caller decides on, or {@code null} for the current one
	 * @throws ApprovalClosed also if a new round has started since
	 */
	@Transactional
	public ApprovalView decide(UUID id, Verdict verdict, String comment, Integer round) {
		String text = ApprovalInput.comment(verdict, comment);
		CurrentUser caller = this.currentUsers.current();
		ApprovalRequest request = load(id);
		request.requireRound(round);
		request.decide(caller.username(), caller.has(Role.COMMITTEE), verdict, text, this.clock.instant());
		publish(request);
		return this.views.view(request, caller);
	}

	/**
	 * One request with its history; the requester, the committee and auditors may read
	 * it.
	 */
	@Transactional(readOnly = true)
	public ApprovalView get(UUID id) {
		CurrentUser caller = this.currentUsers.current();
		ApprovalRequest request = load(id);
		if (!caller.username().equals(request.getRequester()) && !mayReadAll(caller)) {
			throw new NotEligibleToDecide("not a party to this request", "approval.error.not-party");
		}
		return this.views.view(request, caller);
	}

	/**
	 * Pending requests awaiting the caller's decision (empty unless on the committee).
	 */
	@Transactional(readOnly = true)
	public Page<ApprovalSummary> awaitingMe(Pageable pageable) {
		CurrentUser caller = this.currentUsers.current();
		if (!caller.has(Role.COMMITTEE)) {
			return Page.empty(pageable);
		}
		return this.requests.awaiting(caller.username(), pageable).map(this.views::summary);
	}

	/** The caller's own requests. */
	@Transactional(readOnly = true)
	public Page<ApprovalSummary> mine(Pageable pageable) {
		return this.requests.findByRequester(this.currentUsers.actorName(), pageable).map(this.views::summary);
	}

	/**
	 * All requests, optionally of one status, for the committee, auditors and
	 * administrators.
	 */
	@Transactional(readOnly = true)
	public Page<ApprovalSummary> all(ApprovalStatus status, Pageable pageable) {
		if (!mayReadAll(this.currentUsers.current())) {
			throw new NotEligibleToDecide("only the committee and auditors see all", "approval.error.not-party");
		}
		Page<ApprovalRequest> page = (status == null) ? this.requests.findAll(pageable)
				: this.requests.findByStatus(status, pageable);
		return page.map(this.views::summary);
	}

	/** Whether the current user may see every request. */
	public boolean mayReadAll() {
		return mayReadAll(this.currentUsers.current());
	}

	private static boolean mayReadAll(CurrentUser caller) {
		return caller.has(Role.COMMITTEE) || caller.has(Role.AUDITOR) || caller.has(Role.ADMIN);
	}

	private ApprovalRequest load(UUID id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("approval " + id));
	}

	/**
	 * Saves now, so that a concurrent change surfaces here as a conflict, then publishes.
	 */
	private void publish(ApprovalRequest request) {
		try {
			this.requests.saveAndFlush(request);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// another member decided (or the requester withdrew) between our read and our
			// write
			throw new ApprovalClosed("request " + request.getId() + " changed meanwhile", "approval.error.concurrent");
		}
		request.takeEvents().forEach(this.events::publishEvent);
	}

}
