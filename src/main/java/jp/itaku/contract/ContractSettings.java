package jp.itaku.contract;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the contract module.
 *
 * @param cron when the daily contract job runs (renewals, then reminders), a Spring cron
 * expression (default {@code 0 30 6 * * *}: every morning at 6:30; {@code -} switches it
 * off)
 * @param zone the time zone of the cron expression (default {@code Asia/Tokyo})
 * @param reminderDays how many days before a notice deadline or a term end the reminders
 * go out (default 60, 30 and 7)
 * @param maxDocumentSize the largest contract document accepted (default 20MB; keep it
 * within {@code spring.servlet.multipart.max-file-size}, which refuses larger uploads
 * first)
 */
@ConfigurationProperties("itaku.contracts")
record ContractSettings(@DefaultValue("0 30 6 * * *") String cron, @DefaultValue("Asia/Tokyo") String zone,
		@DefaultValue( {
				"60", "30", "7" }) List<Integer> reminderDays,
		@DefaultValue("20MB") DataSize maxDocumentSize){

	ContractSettings {
		reminderDays = reminderDays.stream().sorted((a, b) -> Integer.compare(b, a)).distinct().toList();
		if (reminderDays.stream().anyMatch((days) -> days < 0)) {
			throw new IllegalArgumentException("itaku.contracts.reminder-days must not be negative");
		}
		if (maxDocumentSize.toBytes() < 1) {
			throw new IllegalArgumentException("itaku.contracts.max-document-size is at least one byte");
		}
	}

	/** The longest look-ahead of the reminders. */
	int furthestReminder() {
		return this.reminderDays.isEmpty() ? -1 : this.reminderDays.get(0);
	}

}
