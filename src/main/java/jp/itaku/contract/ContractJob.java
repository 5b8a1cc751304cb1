package jp.itaku.contract;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily contract job at {@code itaku.contracts.cron} (default 6:30, Asia/Tokyo), on
 * one node of the cluster at a time (ShedLock): first the renewals that started, so that
 * the reminders then count from the running term. Neither step does anything twice, lock
 * or not.
 */
@Component
class ContractJob {

	private static final Logger log = LoggerFactory.getLogger(ContractJob.class);

	private final ContractRenewals renewals;

	private final ContractReminders reminders;

	ContractJob(ContractRenewals renewals, ContractReminders reminders) {
		this.renewals = renewals;
		this.reminders = reminders;
	}

	@Scheduled(cron = "${itaku.contracts.cron:0 30 6 * * *}", zone = "${itaku.contracts.zone:Asia/Tokyo}")
	@SchedulerLock(name = "contract-daily", lockAtLeastFor = "PT5M")
	void run() {
		int renewed = this.renewals.renewDue();
		int reminded = this.reminders.remindAll();
		log.info("Contract job: {} contracts renewed, {} reminders sent", renewed, reminded);
	}

}
