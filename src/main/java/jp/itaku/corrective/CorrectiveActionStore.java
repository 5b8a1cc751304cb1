package jp.itaku.corrective;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Saves a corrective action now, so that a concurrent change surfaces as a conflict here
 * rather than at commit, then publishes what it recorded for the audit trail.
 */
@Component
class CorrectiveActionStore {

	private final CorrectiveActionRepository actions;

	private final ApplicationEventPublisher events;

	CorrectiveActionStore(CorrectiveActionRepository actions, ApplicationEventPublisher events) {
		this.actions = actions;
		this.events = events;
	}

	CorrectiveAction save(CorrectiveAction action) {
		CorrectiveAction saved;
		try {
			saved = this.actions.saveAndFlush(action);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// someone moved it on between our read and our write
			throw new IllegalCorrectiveTransition("corrective action " + action.getId() + " changed meanwhile",
					"corrective.error.concurrent");
		}
		action.takeEvents().forEach(this.events::publishEvent);
		return saved;
	}

}
