package jp.itaku.duty;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the daily reminder of duties at {@code itaku.reminders.cron} (default 7:00,
 * Asia/Tokyo) on one node of the cluster at a time (ShedLock on the shared database);
 * {@link DutyReminders} itself never reminds anyone twice a day, lock or not.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final DutyReminders reminders;

	ReminderJob(DutyReminders reminders) {
		this.reminders = reminders;
	}

	// lockAtLeastFor: a node whose clock runs a little behind does not start the same run
	// again
	@Scheduled(cron = "${itaku.reminders.cron:0 0 7 * * *}", zone = "${itaku.reminders.zone:Asia/Tokyo}")
	@SchedulerLock(name = "duty-reminders", lockAtLeastFor = "PT5M")
	void remind() {
		DutyReminders.ReminderRun run = this.reminders.remindAll();
		log.info("Duty reminders of {}: {} digests sent, {} duties reminded of", run.day(), run.digests(),
				run.duties());
	}

}
