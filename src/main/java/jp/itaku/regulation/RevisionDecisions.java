package jp.itaku.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.approval.ApprovalEvent;
import jp.itaku.approval.ApprovalGranted;
import jp.itaku.approval.ApprovalRejected;
import jp.itaku.approval.ApprovalSentBack;
import jp.itaku.approval.ApprovalWithdrawn;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Acts on the committee's decisions on change requests (規程 9 REV-01, REV-02). It listens
 * in the transaction of the decision, so that an approved change and its new version are
 * recorded together or not at all: an approved change becomes the next version, approved
 * today and in force from the proposed date (today at the earliest), and every subject is
 * asked to acknowledge it.
 */
@Component
class RevisionDecisions {

	static final String APPROVER = "情報セキュリティ委員会";

	private final ChangeRequestRepository requests;

	private final Regulation regulation;

	private final RevisionNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RevisionDecisions(ChangeRequestRepository requests, Regulation regulation, RevisionNotices notices,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.regulation = regulation;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(condition = "#event.subjectType() == 'regulation-revision'")
	void granted(ApprovalGranted event) {
		ChangeRequest request = requestOf(event);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate proposed = request.getProposedEffectiveOn();
		LocalDate effective = (proposed == null || proposed.isBefore(today)) ? today : proposed;
		Integer previous = this.regulation.inForce().map(RegulationVersion::number).orElse(null);
		RegulationVersion version = this.regulation.recordApproved(event.actor(),
				new ApprovedRevision(request.getBaseVersion(), request.getProposedText(), today, effective, APPROVER,
						event.approvalId(), request.getTitle()));
		request.adopted(version.number(), this.clock.instant());
		record(request, "ADOPTED", event,
				"status: → ADOPTED; version: " + version.number() + "; effective: " + effective);
		this.notices.versionApproved(version, previous);
	}

	@EventListener(condition = "#event.subjectType() == 'regulation-revision'")
	void sentBack(ApprovalSentBack event) {
		ChangeRequest request = requestOf(event);
		request.sentBack(this.clock.instant());
		record(request, "SENT_BACK", event, "status: UNDER_REVIEW → SENT_BACK");
	}

	@EventListener(condition = "#event.subjectType() == 'regulation-revision'")
	void rejected(ApprovalRejected event) {
		ChangeRequest request = requestOf(event);
		request.rejected(this.clock.instant());
		record(request, "REJECTED", event, "status: UNDER_REVIEW → REJECTED");
	}

	@EventListener(condition = "#event.subjectType() == 'regulation-revision'")
	void withdrawn(ApprovalWithdrawn event) {
		ChangeRequest request = requestOf(event);
		ChangeRequestStatus before = request.getStatus();
		request.withdrawn(this.clock.instant());
		record(request, "WITHDRAWN", event, "status: " + before + " → WITHDRAWN");
	}

	private void record(ChangeRequest request, String action, ApprovalEvent event, String changes) {
		this.requests.save(request);
		this.events.publishEvent(new ChangeRequestEvent(request.getId(), action, event.actor(),
				changes + "; approval: " + event.approvalId()));
	}

	private ChangeRequest requestOf(ApprovalEvent event) {
		UUID id = UUID.fromString(event.subjectId());
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("change request " + id));
	}

}
