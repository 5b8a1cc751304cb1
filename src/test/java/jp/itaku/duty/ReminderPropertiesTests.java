package jp.itaku.duty;

import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reminder settings an operator may change, their documented defaults, and the job
 * that runs on them: once a day in the morning, Asia/Tokyo, on one node at a time.
 */
class ReminderPropertiesTests {

	private static ReminderProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("itaku.reminders",
				ReminderProperties.class);
	}

	@Test
	void byDefaultRemindsEveryMorningAtSevenTokyoTimeAndEscalatesAfterTwoWeeks() {
		ReminderProperties defaults = bind(Map.of());
		assertThat(defaults.cron()).isEqualTo("0 0 7 * * *");
		assertThat(defaults.zone()).isEqualTo("Asia/Tokyo");
		assertThat(defaults.escalateAfterDays()).isEqualTo(14);
		assertThat(CronExpression.isValidExpression(defaults.cron())).isTrue();
	}

	@Test
	void theEscalationPeriodIsSetInDays() {
		assertThat(bind(Map.of("itaku.reminders.escalate-after-days", "7")).escalateAfterDays()).isEqualTo(7);
	}

	@Test
	void aNegativeEscalationPeriodIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("itaku.reminders.escalate-after-days", "-1")));
	}

	@Test
	void theJobRunsOnTheConfiguredScheduleWithTheSameDefaultsUnderTheClusterLock() throws Exception {
		ReminderProperties defaults = bind(Map.of());
		var remind = ReminderJob.class.getDeclaredMethod("remind");
		Scheduled scheduled = remind.getAnnotation(Scheduled.class);
		assertThat(scheduled.cron()).isEqualTo("${itaku.reminders.cron:" + defaults.cron() + "}");
		assertThat(scheduled.zone()).isEqualTo("${itaku.reminders.zone:" + defaults.zone() + "}");
		assertThat(remind.getAnnotation(SchedulerLock.class).name()).isEqualTo("duty-reminders");
	}

}
