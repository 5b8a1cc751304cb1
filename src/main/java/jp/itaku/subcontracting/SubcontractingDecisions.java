package jp.itaku.subcontracting;

import java.time.Clock;
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
 * Acts on the committee's decisions on subcontracting requests (規程 4.2(3)① R01), in the
 * transaction of the decision so that the 稟議 and the request never disagree: approved,
 * sent back to the requester, rejected, or withdrawn.
 */
@Component
class SubcontractingDecisions {

	private static final String CONDITION = "#event.subjectType() == 'subcontracting'";

	private final SubcontractingRequestRepository requests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubcontractingDecisions(SubcontractingRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(condition = CONDITION)
	void granted(ApprovalGranted event) {
		decide(event, SubcontractingStatus.APPROVED);
	}

	@EventListener(condition = CONDITION)
	void sentBack(ApprovalSentBack event) {
		decide(event, SubcontractingStatus.SENT_BACK);
	}

	@EventListener(condition = CONDITION)
	void rejected(ApprovalRejected event) {
		decide(event, SubcontractingStatus.REJECTED);
	}

	@EventListener(condition = CONDITION)
	void withdrawn(ApprovalWithdrawn event) {
		decide(event, SubcontractingStatus.WITHDRAWN);
	}

	private void decide(ApprovalEvent event, SubcontractingStatus outcome) {
		UUID id = UUID.fromString(event.subjectId());
		SubcontractingRequest request = this.requests.findById(id)
			.orElseThrow(() -> new NotFoundException("subcontracting request " + id));
		SubcontractingStatus before = request.getStatus();
		request.decided(outcome, this.clock.instant());
		this.requests.save(request);
		this.events.publishEvent(new SubcontractingEvent(SubcontractingEvent.REQUEST, id.toString(), outcome.name(),
				event.actor(), "status: " + before + " → " + outcome + "; approval: " + event.approvalId()));
	}

}
