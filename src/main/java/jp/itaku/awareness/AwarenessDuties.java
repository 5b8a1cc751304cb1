package jp.itaku.awareness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The committee's duty to hold each kind of awareness training (S10, S11) again within
 * the months a training counts: scheduled at start-up (after the demo data, @Order(100)),
 * due that many months after the last session, or at once when none was ever held. A new
 * latest session completes the occurrence and opens the next, due as many months after
 * the day it was held (not the day it was recorded), when the training it gave lapses.
 */
@Component
@Order(200)
class AwarenessDuties implements ApplicationRunner {

	static final String KIND = "awareness-training";

	private static final Logger log = LoggerFactory.getLogger(AwarenessDuties.class);

	private final Duties duties;

	private final TrainingSessionRepository sessions;

	private final AwarenessSettings settings;

	private final Clock clock;

	AwarenessDuties(Duties duties, TrainingSessionRepository sessions, AwarenessSettings settings, Clock clock) {
		this.duties = duties;
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			for (TrainingKind kind : TrainingKind.values()) {
				LocalDate due = this.sessions.lastHeld(kind)
					.map((held) -> held.plusMonths(this.settings.validMonths()))
					.orElseGet(() -> LocalDate.now(this.clock));
				schedule(kind, due);
			}
		}
		catch (DataIntegrityViolationException ex) {
			// another node registered the same duties at the same moment
			log.info("The awareness training duties were registered by another node");
		}
	}

	/** A session of {@code kind}, the latest, was held on {@code heldOn}. */
	void held(TrainingKind kind, LocalDate heldOn) {
		DutyKey key = key(kind);
		if (this.duties.isOpen(key)) {
			this.duties.complete(KIND, "awareness", kind.name(), "held on " + heldOn);
		}
		schedule(kind, heldOn.plusMonths(this.settings.validMonths()));
	}

	private void schedule(TrainingKind kind, LocalDate due) {
		this.duties.schedule(DutyPlan.of(key(kind), kind.requirementId(), DutyOwner.committee(),
				"awareness.duty.title." + kind.name(), List.of(), "/awareness/standing?kind=" + kind.name(),
				Recurrence.once(), due));
	}

	private static DutyKey key(TrainingKind kind) {
		return new DutyKey(KIND, "awareness", kind.name());
	}

}
