package jp.itaku.subcontracting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.itaku.approval.Approvals;
import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subcontracting requests (再委託承認申請, 規程 4.2(3)① R01): a contractor (through its account)
 * or a member on its behalf asks the committee's prior approval; the request goes before
 * the committee as a 稟議 of subject type {@value #SUBJECT_TYPE}, which
 * {@link SubcontractingDecisions} follows; the requester amends a sent-back request here
 * and resubmits it, or withdraws it; an approved request is recorded active, then ended.
 * A contractor account sees its own company's requests only.
 */
@Service
@Transactional
public class Subcontracting {

	/** The 稟議 subject type of a subcontracting request. */
	public static final String SUBJECT_TYPE = "subcontracting";

	private final SubcontractingRequestRepository requests;

	private final SubcontractingParties parties;

	private final FlowedDownClauses clauses;

	private final Approvals approvals;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Subcontracting(SubcontractingRequestRepository requests, SubcontractingParties parties, FlowedDownClauses clauses,
			Approvals approvals, CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.parties = parties;
		this.clauses = clauses;
		this.approvals = approvals;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files a request and puts it before the committee; prepares the checklist of the
	 * clauses flowed down to the subcontractor.
	 * @throws jp.itaku.shared.InvalidInputException when the input is refused
	 */
	public SubcontractingView request(SubcontractingInput input) {
		CurrentUser caller = this.users.current();
		SubcontractingRequest request = new SubcontractingRequest(this.parties.resolve(input, caller), input,
				caller.username(), this.clock.instant());
		this.requests.save(request);
		SubcontractingView view = request.view();
		request.submitted(
				this.approvals.request(SUBJECT_TYPE, request.getId().toString(), SubcontractingSnapshot.title(view),
						SubcontractingSnapshot.summary(view), SubcontractingSnapshot.of(view)));
		// flushed now, so that the version returned is the one stored
		this.requests.saveAndFlush(request);
		this.clauses.prepare(request.view());
		publish(request, "REQUESTED", describe(request.view()) + "; approval: " + request.getApprovalId());
		return request.view();
	}

	/**
	 * The requester amends a sent-back request (差戻し), which starts a new round of the
	 * committee's deliberation.
	 * @throws ConflictException when the request changed meanwhile or is not sent back
	 */
	public SubcontractingView amend(UUID id, long expectedVersion, SubcontractingInput input) {
		CurrentUser caller = this.users.current();
		SubcontractingRequest request = loadAt(id, expectedVersion);
		requireRequester(request, caller);
		request.amend(this.parties.resolve(input, caller), input, this.clock.instant());
		flush(request);
		this.approvals.resubmit(request.getApprovalId(), SubcontractingSnapshot.of(request.view()));
		this.clauses.prepare(request.view());
		publish(request, "AMENDED", describe(request.view()));
		return request.view();
	}

	/** The requester withdraws (取下げ) a request the committee has not decided. */
	public void withdraw(UUID id) {
		SubcontractingRequest request = load(id);
		requireRequester(request, this.users.current());
		if (!request.getStatus().open()) {
			throw new ConflictException("request " + id + " is " + request.getStatus(), "subcontracting.error.closed");
		}
		// the approval module publishes ApprovalWithdrawn, which SubcontractingDecisions
		// records
		this.approvals.withdraw(request.getApprovalId());
	}

	/**
	 * Records that the approved subcontracting has started: the link becomes active in
	 * the chain. Refused (409) unless the committee approved it beforehand (規程 4.2(3)①).
	 */
	public SubcontractingView activate(UUID id, long expectedVersion) {
		SubcontractingRequest request = loadAt(id, expectedVersion);
		request.activate(this.users.actorName(), this.clock.instant());
		flush(request);
		publish(request, "ACTIVATED", "status: APPROVED → ACTIVE");
		return request.view();
	}

	/** Records that an active subcontracting has ended. */
	public SubcontractingView end(UUID id, long expectedVersion, String note) {
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException(
					List.of(new FieldProblem("note", "subcontracting.error.text", new Object[] { 2000 })));
		}
		SubcontractingRequest request = loadAt(id, expectedVersion);
		request.end(this.users.actorName(), text, this.clock.instant());
		flush(request);
		publish(request, "ENDED", "status: ACTIVE → ENDED" + ((text != null) ? "; note: " + text : ""));
		return request.view();
	}

	/**
	 * One request, if the caller may see it.
	 * @throws NotFoundException otherwise (a contractor account: not its own company's)
	 */
	@Transactional(readOnly = true)
	public SubcontractingView get(UUID id) {
		return load(id).view();
	}

	/** Requests matching the query, as far as the caller may see. */
	@Transactional(readOnly = true)
	public Page<SubcontractingView> search(SubcontractingQuery query, Pageable pageable) {
		return this.requests.findAll(SubcontractingQuery.matching(query, this.users.current()), pageable)
			.map(SubcontractingRequest::view);
	}

	/** Whether the caller filed this request, and so may amend or withdraw it. */
	@Transactional(readOnly = true)
	public boolean isRequester(SubcontractingView request) {
		return request.requester().equals(this.users.actorName());
	}

	private void requireRequester(SubcontractingRequest request, CurrentUser caller) {
		if (!request.getRequester().equals(caller.username())) {
			throw new AccessDeniedException("only the requester may change request " + request.getId());
		}
	}

	private SubcontractingRequest load(UUID id) {
		CurrentUser caller = this.users.current();
		return this.requests.findById(id)
			.filter((request) -> caller.contractorScope()
				.map(request.getContractorId()::equals)
				.orElse(!caller.isContractorOnly()))
			.orElseThrow(() -> new NotFoundException("subcontracting request " + id));
	}

	private SubcontractingRequest loadAt(UUID id, long expectedVersion) {
		SubcontractingRequest request = load(id);
		if (request.getVersion() != expectedVersion) {
			throw new ConflictException("request " + id + " changed meanwhile", "subcontracting.error.stale");
		}
		return request;
	}

	private void flush(SubcontractingRequest request) {
		try {
			this.requests.saveAndFlush(request);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConflictException("request " + request.getId() + " changed meanwhile",
					"subcontracting.error.stale");
		}
	}

	private void publish(SubcontractingRequest request, String action, String changes) {
		this.events.publishEvent(new SubcontractingEvent(SubcontractingEvent.REQUEST, request.getId().toString(),
				action, this.users.actorName(), changes));
	}

	private static String describe(SubcontractingView view) {
		return "contractor: " + view.contractorName() + "; subcontractor: " + view.subcontractorName() + "; period: "
				+ view.periodFrom() + ".." + view.periodTo() + "; classification: " + view.classification();
	}

}
