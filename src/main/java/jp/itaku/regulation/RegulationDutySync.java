package jp.itaku.regulation;

import java.util.concurrent.atomic.AtomicBoolean;

import jp.itaku.identity.UserAccountCreated;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the regulation's duties in step with who its subjects are: at start-up (after the
 * demo data, @Order(100)), once a day, and when an account is created, every subject who
 * has not acknowledged the version in force is asked to (規程 8 PUB-01), within the set
 * days of its effective date, or of the day a later account was made; and the yearly
 * review is scheduled (規程 9 REV-03).
 */
@Component
@Order(200)
class RegulationDutySync implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegulationDutySync.class);

	private final Regulation regulation;

	private final Acknowledgements acknowledgements;

	private final Reviews reviews;

	private final RegulationDuties duties;

	private final UserAccounts accounts;

	// accounts made while the application starts (the demo's) count as members from
	// before,
	// whom the start-up sync asks by the version's effective date
	private final AtomicBoolean started = new AtomicBoolean();

	RegulationDutySync(Regulation regulation, Acknowledgements acknowledgements, Reviews reviews,
			RegulationDuties duties, UserAccounts accounts) {
		this.regulation = regulation;
		this.acknowledgements = acknowledgements;
		this.reviews = reviews;
		this.duties = duties;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			sync();
		}
		catch (DataIntegrityViolationException ex) {
			// another node registered the same duties at the same moment
			log.info("The regulation's duties were registered by another node");
		}
		this.started.set(true);
	}

	@Scheduled(cron = "${itaku.regulation.duty-sync-cron:0 30 6 * * *}", zone = "Asia/Tokyo")
	@SchedulerLock(name = "regulation-duty-sync")
	void daily() {
		run(null);
	}

	/**
	 * Asks every subject who has not acknowledged the version in force and is not yet
	 * asked.
	 */
	void sync() {
		this.reviews.dueOn().ifPresent(this.duties::scheduleReview);
		this.regulation.inForce().ifPresent((version) -> {
			for (UserContact subject : this.acknowledgements.outstanding(version.number())) {
				if (!this.duties.askedToAcknowledge(version.number(), subject)) {
					this.duties.askToAcknowledge(version, subject, version.effectiveOn());
				}
			}
		});
	}

	/** A new member of the organisation is asked to acknowledge the version in force. */
	@EventListener
	void accountCreated(UserAccountCreated created) {
		if (!this.started.get()) {
			return;
		}
		this.accounts.contact(created.username())
			.filter((contact) -> contact.roles().stream().anyMatch(Acknowledgements.SUBJECTS::contains))
			.ifPresent((subject) -> this.regulation.inForce()
				.ifPresent((version) -> this.duties.askToAcknowledge(version, subject, this.duties.today())));
	}

}
