package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.approval.ApprovalEvent;
import jp.itaku.approval.ApprovalGranted;
import jp.itaku.approval.ApprovalRejected;
import jp.itaku.approval.ApprovalSentBack;
import jp.itaku.approval.ApprovalWithdrawn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Acts on the committee's decisions on criteria versions (規程 4.1(1) SEL-01, SEL-03), in
 * the transaction of the decision so that the decision and the version's status never
 * disagree: an approved version takes effect on its proposed date (today at the earliest)
 * and counts as the criteria's periodic review.
 */
@Component
class CriteriaDecisions {

	private static final String CONDITION = "#event.subjectType() == 'selection-criteria'";

	private final CriteriaVersionRepository versions;

	private final SelectionDuties duties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CriteriaDecisions(CriteriaVersionRepository versions, SelectionDuties duties, ApplicationEventPublisher events,
			Clock clock) {
		this.versions = versions;
		this.duties = duties;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(condition = CONDITION)
	void granted(ApprovalGranted event) {
		CriteriaVersion version = versionOf(event);
		LocalDate today = LocalDate.now(this.clock);
		version.approved(today, this.clock.instant());
		record(version, "APPROVED", event, "effective: " + version.getEffectiveOn());
		this.duties.criteriaReviewed(today);
	}

	@EventListener(condition = CONDITION)
	void sentBack(ApprovalSentBack event) {
		CriteriaVersion version = versionOf(event);
		version.decided(CriteriaStatus.SENT_BACK, this.clock.instant());
		record(version, "SENT_BACK", event, "status: → SENT_BACK");
	}

	@EventListener(condition = CONDITION)
	void rejected(ApprovalRejected event) {
		CriteriaVersion version = versionOf(event);
		version.decided(CriteriaStatus.REJECTED, this.clock.instant());
		record(version, "REJECTED", event, "status: → REJECTED");
	}

	@EventListener(condition = CONDITION)
	void withdrawn(ApprovalWithdrawn event) {
		CriteriaVersion version = versionOf(event);
		version.decided(CriteriaStatus.WITHDRAWN, this.clock.instant());
		record(version, "WITHDRAWN", event, "status: → WITHDRAWN");
	}

	private void record(CriteriaVersion version, String action, ApprovalEvent event, String changes) {
		this.versions.save(version);
		this.events.publishEvent(
				new SelectionEvent(SelectionCriteria.RECORD_TYPE, version.getId().toString(), action, event.actor(),
						"version " + version.getNumber() + ": " + changes + "; approval: " + event.approvalId()));
	}

	private CriteriaVersion versionOf(ApprovalEvent event) {
		UUID id = UUID.fromString(event.subjectId());
		return this.versions.findById(id)
			.orElseThrow(() -> new jp.itaku.shared.NotFoundException("criteria version " + id));
	}

}
