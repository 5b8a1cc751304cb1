package jp.itaku.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of an open occurrence due on 2026-11-30 with 7 days' grace and a 14-day
 * window.
 */
class DueDatesTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final DueDates dates = DueDates.of(LocalDate.parse("2026-11-30"), 7, 14);

	/** Today in Tokyo at the given instant, as the injected clock gives it. */
	private static LocalDate todayAt(String instant) {
		return LocalDate.now(Clock.fixed(Instant.parse(instant), TOKYO));
	}

	@Test
	void isPlannedBeforeTheDueSoonWindow() {
		assertThat(this.dates.statusOn(LocalDate.parse("2026-11-15"))).isEqualTo(DutyStatus.PLANNED);
	}

	@Test
	void isDueSoonFromTheFirstDayOfTheWindow() {
		assertThat(this.dates.statusOn(LocalDate.parse("2026-11-16"))).isEqualTo(DutyStatus.DUE_SOON);
	}

	@Test
	void staysDueSoonThroughTheGracePeriod() {
		assertThat(this.dates.statusOn(LocalDate.parse("2026-12-07"))).isEqualTo(DutyStatus.DUE_SOON);
	}

	@Test
	void isOverdueTheDayAfterTheGracePeriod() {
		assertThat(this.dates.statusOn(LocalDate.parse("2026-12-08"))).isEqualTo(DutyStatus.OVERDUE);
	}

	@Test
	void withoutGraceIsOverdueTheDayAfterTheDueDate() {
		DueDates strict = DueDates.of(LocalDate.parse("2026-11-30"), 0, 14);
		assertThat(strict.statusOn(LocalDate.parse("2026-11-30"))).isEqualTo(DutyStatus.DUE_SOON);
		assertThat(strict.statusOn(LocalDate.parse("2026-12-01"))).isEqualTo(DutyStatus.OVERDUE);
	}

	@Test
	void countsTheDayInTokyoNotInUtc() {
		DueDates strict = DueDates.of(LocalDate.parse("2026-11-30"), 0, 14);
		// 2026-11-30T16:00Z is already 1 December in Tokyo
		assertThat(strict.statusOn(todayAt("2026-11-30T16:00:00Z"))).isEqualTo(DutyStatus.OVERDUE);
		assertThat(strict.statusOn(todayAt("2026-11-30T14:59:59Z"))).isEqualTo(DutyStatus.DUE_SOON);
	}

}
