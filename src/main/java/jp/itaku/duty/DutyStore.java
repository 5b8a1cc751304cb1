package jp.itaku.duty;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Saves a duty now, so that a concurrent change surfaces as a conflict here rather than
 * at commit, then publishes what it recorded for the audit trail.
 */
@Component
class DutyStore {

	private final DutyRepository duties;

	private final ApplicationEventPublisher events;

	DutyStore(DutyRepository duties, ApplicationEventPublisher events) {
		this.duties = duties;
		this.events = events;
	}

	Duty save(Duty duty) {
		Duty saved;
		try {
			saved = this.duties.saveAndFlush(duty);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// someone completed or changed it between our read and our write
			throw new DutyClosed("duty " + duty.getId() + " changed meanwhile", "duty.error.concurrent");
		}
		duty.takeEvents().forEach(this.events::publishEvent);
		return saved;
	}

}
