package jp.itaku.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is reminded of what on a fixed day: 期限間近 from 30 days before the due date, 期限超過 the
 * day after the 7-day grace period, and reported to the committee once overdue by more
 * than 14 days.
 */
class ReminderRulesTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

	private static final Instant NOW = Instant.parse("2026-06-14T22:00:00Z");

	private static final List<String> COMMITTEE = List.of("committee", "committee2");

	private final ReminderRules rules = new ReminderRules(14);

	/**
	 * A yearly re-evaluation of {@code owner} due {@code dueInDays} from TODAY, 7 days'
	 * grace.
	 */
	private static Duty duty(DutyOwner owner, int dueInDays) {
		return new Duty(DutyFixtures.reevaluation(owner, TODAY, dueInDays), "system", NOW);
	}

	private Map<String, ReminderDigest> digests(Duty... duties) {
		return this.rules.digests(List.of(duties), COMMITTEE, TODAY);
	}

	@Test
	void aDutyIsRemindedOfFromTheFirstDayItIsDueSoon() {
		Duty firstDay = duty(DutyOwner.user("member"), 30);
		assertThat(digests(firstDay).get("member").dueSoon()).containsExactly(firstDay);
	}

	@Test
	void aDutyNotYetDueSoonRemindsNobody() {
		assertThat(digests(duty(DutyOwner.user("member"), 31))).isEmpty();
	}

	@Test
	void aDutyOnTheLastDayOfItsGracePeriodIsStillDueSoonNotOverdue() {
		Duty lastGraceDay = duty(DutyOwner.user("member"), -7);
		ReminderDigest digest = digests(lastGraceDay).get("member");
		assertThat(digest.dueSoon()).containsExactly(lastGraceDay);
		assertThat(digest.overdue()).isEmpty();
	}

	@Test
	void aDutyIsOverdueTheDayAfterItsGracePeriod() {
		Duty firstOverdueDay = duty(DutyOwner.user("member"), -8);
		assertThat(digests(firstOverdueDay).get("member").overdue()).containsExactly(firstOverdueDay);
	}

	@Test
	void aDutyOverdueByExactlyTheEscalationPeriodIsNotReportedToTheCommittee() {
		Duty fourteenDaysLate = duty(DutyOwner.user("member"), -7 - 14);
		assertThat(this.rules.isEscalated(fourteenDaysLate, TODAY)).isFalse();
		assertThat(digests(fourteenDaysLate)).containsOnlyKeys("member");
	}

	@Test
	void aDutyOverdueByMoreThanTheEscalationPeriodIsReportedToEveryCommitteeMemberInItsOwnSection() {
		Duty fifteenDaysLate = duty(DutyOwner.user("member"), -7 - 15);
		Map<String, ReminderDigest> digests = digests(fifteenDaysLate);
		assertThat(digests).containsOnlyKeys("member", "committee", "committee2");
		assertThat(digests.get("member").overdue()).containsExactly(fifteenDaysLate);
		assertThat(digests.get("member").escalated()).isEmpty();
		for (String member : COMMITTEE) {
			assertThat(digests.get(member).escalated()).containsExactly(fifteenDaysLate);
			assertThat(digests.get(member).overdue()).isEmpty();
		}
	}

	@Test
	void aCommitteeMemberWhoOwnsAnEscalatedDutyIsToldOfItOnceAsItsOwner() {
		Duty ownLateDuty = duty(DutyOwner.user("committee"), -30);
		ReminderDigest digest = digests(ownLateDuty).get("committee");
		assertThat(digest.overdue()).containsExactly(ownLateDuty);
		assertThat(digest.escalated()).isEmpty();
	}

	@Test
	void aCommitteeDutyRemindsEveryCommitteeMemberAsItsOwner() {
		Duty committeeDuty = duty(DutyOwner.committee(), 10);
		Map<String, ReminderDigest> digests = digests(committeeDuty);
		assertThat(digests).containsOnlyKeys(COMMITTEE);
		assertThat(digests.values())
			.allSatisfy((digest) -> assertThat(digest.dueSoon()).containsExactly(committeeDuty));
	}

	@Test
	void anEscalatedCommitteeDutyIsListedOnceAsOverdueForEachMember() {
		Duty lateCommitteeDuty = duty(DutyOwner.committee(), -60);
		assertThat(digests(lateCommitteeDuty).values()).allSatisfy((digest) -> {
			assertThat(digest.overdue()).containsExactly(lateCommitteeDuty);
			assertThat(digest.escalated()).isEmpty();
		});
	}

	@Test
	void aPersonWithSeveralDueDutiesGetsOneDigestListingThemAllEarliestFirst() {
		Duty later = duty(DutyOwner.user("member"), 20);
		Duty overdue = duty(DutyOwner.user("member"), -10);
		Duty sooner = duty(DutyOwner.user("member"), 5);
		Map<String, ReminderDigest> digests = digests(later, overdue, sooner);
		assertThat(digests).containsOnlyKeys("member");
		assertThat(digests.get("member").dueSoon()).containsExactly(sooner, later);
		assertThat(digests.get("member").overdue()).containsExactly(overdue);
		assertThat(digests.get("member").size()).isEqualTo(3);
	}

	@Test
	void aCancelledDutyRemindsNobody() {
		Duty cancelled = duty(DutyOwner.user("member"), -30);
		cancelled.cancel("committee", "the contract ended", NOW);
		assertThat(digests(cancelled)).isEmpty();
	}

	@Test
	void aCommitteeMemberWithNothingDueGetsNoDigest() {
		assertThat(digests(duty(DutyOwner.user("member"), 3))).doesNotContainKeys("committee", "committee2");
	}

	@Test
	void theEscalationPeriodIsConfigurable() {
		ReminderRules sooner = new ReminderRules(0);
		Duty firstOverdueDay = duty(DutyOwner.user("member"), -8);
		assertThat(sooner.isEscalated(firstOverdueDay, TODAY)).isTrue();
		assertThat(this.rules.isEscalated(firstOverdueDay, TODAY)).isFalse();
	}

}
