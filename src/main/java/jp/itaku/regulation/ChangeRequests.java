package jp.itaku.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.itaku.approval.Approvals;
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
 * Change requests (変更申請, 規程 9 REV-02): any member files one against the version in force;
 * it goes before the committee as a 稟議 of subject type {@value #SUBJECT_TYPE}; the
 * requester may amend it after a send-back or withdraw it. What the committee decides is
 * handled by {@link RevisionDecisions}.
 */
@Service
@Transactional
public class ChangeRequests {

	static final String SUBJECT_TYPE = "regulation-revision";

	private static final int MAX_SNAPSHOT = 20000;

	private final ChangeRequestRepository requests;

	private final Regulation regulation;

	private final Approvals approvals;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChangeRequests(ChangeRequestRepository requests, Regulation regulation, Approvals approvals,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.regulation = regulation;
		this.approvals = approvals;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files a change request against the version in force and puts it before the
	 * committee.
	 */
	public UUID file(ChangeRequestForm form) {
		int base = baseVersion();
		check(form, base);
		String requester = this.currentUsers.actorName();
		ChangeRequest request = new ChangeRequest(form, base, requester, this.clock.instant());
		this.requests.save(request);
		request.submitted(this.approvals.request(SUBJECT_TYPE, request.getId().toString(), request.getTitle(),
				summary(request), snapshot(request)));
		this.events
			.publishEvent(new ChangeRequestEvent(request.getId(), "FILED", requester, "title: " + request.getTitle()
					+ "; base version: " + base + "; proposed effective: " + request.getProposedEffectiveOn()));
		return request.getId();
	}

	/**
	 * The requester amends a sent-back request, which starts a new round of the
	 * committee's deliberation.
	 */
	void amend(UUID id, ChangeRequestForm form) {
		ChangeRequest request = load(id);
		requireRequester(request);
		if (form.version() == null || form.version() != request.getVersion()) {
			throw new ConflictException("change request " + id + " changed meanwhile", "regulation.change.error.stale");
		}
		int base = baseVersion();
		check(form, base);
		request.amend(form, base, this.clock.instant());
		flush(request);
		this.approvals.resubmit(request.getApprovalId(), snapshot(request));
		this.events.publishEvent(new ChangeRequestEvent(id, "AMENDED", this.currentUsers.actorName(),
				"title: " + request.getTitle() + "; base version: " + base));
	}

	/** The requester withdraws (取下げ) a request the committee has not decided. */
	void withdraw(UUID id) {
		ChangeRequest request = load(id);
		requireRequester(request);
		if (!request.getStatus().isOpen()) {
			throw new ConflictException("change request " + id + " is " + request.getStatus(),
					"regulation.change.error.closed");
		}
		// the approval module publishes ApprovalWithdrawn, which RevisionDecisions
		// records
		this.approvals.withdraw(request.getApprovalId());
	}

	@Transactional(readOnly = true)
	ChangeRequest get(UUID id) {
		return load(id);
	}

	@Transactional(readOnly = true)
	Page<ChangeRequest> list(ChangeRequestStatus status, boolean mine, Pageable pageable) {
		if (mine) {
			return this.requests.findByRequester(this.currentUsers.actorName(), pageable);
		}
		return (status == null) ? this.requests.findAll(pageable) : this.requests.findByStatus(status, pageable);
	}

	/** Whether the caller filed this request. */
	boolean isRequester(ChangeRequest request) {
		return request.getRequester().equals(this.currentUsers.actorName());
	}

	private void check(ChangeRequestForm form, int base) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.title() == null || form.title().isBlank() || form.title().length() > 200) {
			problems.add(new FieldProblem("title", "regulation.change.error.title", new Object[] { 200 }));
		}
		if (form.reason() == null || form.reason().isBlank() || form.reason().length() > 4000) {
			problems.add(new FieldProblem("reason", "regulation.change.error.reason", new Object[] { 4000 }));
		}
		String text = form.proposedText();
		if (text == null || text.isBlank() || text.length() > ChangeRequestForm.MAX_TEXT) {
			problems.add(new FieldProblem("proposedText", "regulation.change.error.text",
					new Object[] { ChangeRequestForm.MAX_TEXT }));
		}
		else if (RegulationText.parse(text).isEmpty()) {
			problems.add(new FieldProblem("proposedText", "regulation.change.error.no-sections"));
		}
		else if (RevisionSnapshot.changes(this.regulation.sections(base), text).isEmpty()) {
			problems.add(new FieldProblem("proposedText", "regulation.change.error.unchanged"));
		}
		LocalDate effective = form.proposedEffectiveOn();
		if (effective != null && effective.isBefore(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("proposedEffectiveOn", "regulation.change.error.effective-past"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private int baseVersion() {
		return this.regulation.inForce()
			.map(RegulationVersion::number)
			.orElseThrow(() -> new ConflictException("no version in force", "regulation.change.error.no-version"));
	}

	private String summary(ChangeRequest request) {
		String reason = request.getReason();
		return (reason.length() > 2000) ? reason.substring(0, 1999) + "…" : reason;
	}

	private String snapshot(ChangeRequest request) {
		return RevisionSnapshot.of(request, this.regulation.sections(request.getBaseVersion()), MAX_SNAPSHOT);
	}

	private void requireRequester(ChangeRequest request) {
		if (!isRequester(request)) {
			throw new AccessDeniedException("only the requester may change change request " + request.getId());
		}
	}

	private void flush(ChangeRequest request) {
		try {
			this.requests.saveAndFlush(request);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConflictException("change request " + request.getId() + " changed meanwhile",
					"regulation.change.error.stale");
		}
	}

	private ChangeRequest load(UUID id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("change request " + id));
	}

}
