package jp.itaku.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.itaku.duty.Recurrence.Basis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DutyTests {

	private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

	static DutyPlan yearlyReview(LocalDate anchor) {
		return DutyPlan
			.of(new DutyKey("regulation-review", "regulation", "current"), "REV-03", DutyOwner.committee(),
					"duty.kind.criteria-review", List.of(), "/regulation",
					Recurrence.every(1, ChronoUnit.YEARS, Basis.DUE_DATE), anchor)
			.withGraceDays(14);
	}

	static DutyPlan noticeReminder(LocalDate deadline) {
		return DutyPlan.of(new DutyKey("contract-notice", "contract", "C-1"), "MGT-01", DutyOwner.user("member"),
				"duty.kind.contract-review", List.of("翠嶺"), "/contracts/C-1", Recurrence.before(30, ChronoUnit.DAYS),
				deadline);
	}

	@Test
	void aNewSeriesFallsDueOnItsFirstDueDate() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2027-03-31")), "system", NOW);
		assertThat(duty.getDueOn()).isEqualTo(LocalDate.parse("2027-03-01"));
		assertThat(duty.getOccurrence()).isEqualTo(1);
		assertThat(duty.takeEvents()).singleElement().isInstanceOf(DutyScheduled.class);
	}

	@Test
	void completingRecordsWhoWhenAndTheNoteAndSchedulesTheNextOccurrence() {
		Duty duty = new Duty(yearlyReview(LocalDate.parse("2026-03-31")), "system", NOW);
		duty.takeEvents();
		duty.complete("committee", "年次審議を実施", NOW, TODAY);
		assertThat(duty.getHistory()).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(DutyAction.COMPLETED);
			assertThat(entry.getActor()).isEqualTo("committee");
			assertThat(entry.getNote()).isEqualTo("年次審議を実施");
			assertThat(entry.getDueOn()).isEqualTo(LocalDate.parse("2026-03-31"));
		});
		assertThat(duty.getDueOn()).isEqualTo(LocalDate.parse("2027-03-31"));
		assertThat(duty.getOccurrence()).isEqualTo(2);
		assertThat(duty.statusOn(TODAY)).isEqualTo(DutyStatus.PLANNED);
		assertThat(duty.takeEvents()).singleElement()
			.isEqualTo(new DutyCompleted(duty.getId(), "regulation-review", "regulation", "current", 1,
					LocalDate.parse("2026-03-31"), LocalDate.parse("2027-03-31"), "committee"));
	}

	@Test
	void completingAOneOffDutyClosesTheSeries() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2026-12-20")), "system", NOW);
		duty.complete("member", null, NOW, TODAY);
		assertThat(duty.statusOn(TODAY)).isEqualTo(DutyStatus.DONE);
	}

	@Test
	void aDoneDutyCannotBeCompletedAgain() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2026-12-20")), "system", NOW);
		duty.complete("member", null, NOW, TODAY);
		assertThatExceptionOfType(DutyClosed.class).isThrownBy(() -> duty.complete("member", null, NOW, TODAY));
	}

	@Test
	void cancellingKeepsTheSeriesWithATrace() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2026-12-20")), "system", NOW);
		duty.cancel("member", "契約終了", NOW);
		assertThat(duty.statusOn(TODAY)).isEqualTo(DutyStatus.CANCELLED);
		assertThat(duty.getHistory()).singleElement()
			.satisfies((entry) -> assertThat(entry.getAction()).isEqualTo(DutyAction.CANCELLED));
	}

	@Test
	void theSamePlanAgainChangesNothing() {
		Duty duty = new Duty(yearlyReview(LocalDate.parse("2026-03-31")), "system", NOW);
		duty.takeEvents();
		duty.replan(yearlyReview(LocalDate.parse("2026-03-31")), "system", NOW);
		assertThat(duty.takeEvents()).isEmpty();
	}

	@Test
	void aNewDeadlineMovesTheOpenOccurrence() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2027-03-31")), "system", NOW);
		duty.takeEvents();
		duty.replan(noticeReminder(LocalDate.parse("2027-06-30")), "system", NOW);
		assertThat(duty.getDueOn()).isEqualTo(LocalDate.parse("2027-05-31"));
		assertThat(duty.takeEvents()).singleElement()
			.satisfies((event) -> assertThat(((DutyScheduled) event).action()).isEqualTo("RESCHEDULED"));
	}

	@Test
	void aNewDeadlineReopensADoneOneOffDuty() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2026-12-20")), "system", NOW);
		duty.complete("member", null, NOW, TODAY);
		duty.replan(noticeReminder(LocalDate.parse("2027-12-20")), "system", NOW);
		assertThat(duty.statusOn(TODAY)).isEqualTo(DutyStatus.PLANNED);
		assertThat(duty.getOccurrence()).isEqualTo(2);
		assertThat(duty.getDueOn()).isEqualTo(LocalDate.parse("2027-11-20"));
	}

	@Test
	void onlyTheOwnerCompletesAPersonalDuty() {
		Duty duty = new Duty(noticeReminder(LocalDate.parse("2026-12-20")), "system", NOW);
		assertThat(duty.mayBeCompletedBy("member", false)).isTrue();
		assertThat(duty.mayBeCompletedBy("member2", true)).isFalse();
	}

	@Test
	void anyCommitteeMemberCompletesTheCommitteesDuty() {
		Duty duty = new Duty(yearlyReview(LocalDate.parse("2026-03-31")), "system", NOW);
		assertThat(duty.mayBeCompletedBy("committee2", true)).isTrue();
		assertThat(duty.mayBeCompletedBy("member", false)).isFalse();
	}

}
