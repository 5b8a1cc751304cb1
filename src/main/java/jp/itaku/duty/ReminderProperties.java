package jp.itaku.duty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the daily reminder of duties (定期業務, 規程 4.1, 4.3, 5.1–5.4, 9: 定期的に) runs and when
 * an overdue duty is reported to the committee.
 *
 * @param cron when the job runs, a Spring cron expression (default {@code 0 0 7 * * *}:
 * every morning at 7; {@code -} switches the job off)
 * @param zone the time zone of the cron expression (default {@code Asia/Tokyo})
 * @param escalateAfterDays a duty overdue by more than this many days is also reported to
 * every member of the committee (委託先管理委員会), default 14
 */
@ConfigurationProperties("itaku.reminders")
record ReminderProperties(@DefaultValue("0 0 7 * * *") String cron, @DefaultValue("Asia/Tokyo") String zone,
		@DefaultValue("14") int escalateAfterDays) {

	ReminderProperties {
		if (escalateAfterDays < 0) {
			throw new IllegalArgumentException("itaku.reminders.escalate-after-days must not be negative");
		}
	}

}
