package jp.itaku.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jp.itaku.audittrail.AuditEntryView;
import jp.itaku.audittrail.AuditTrail;
import jp.itaku.audittrail.AuditTrailQuery;
import jp.itaku.identity.Role;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The facade as other modules use it, and completion by hand as the screens use it. */
@SpringBootTest
@AutoConfigureMockMvc
class DutiesTests {

	@Autowired
	Duties duties;

	@Autowired
	DutyBoard board;

	@Autowired
	AuditTrail auditTrail;

	private LocalDate today() {
		return this.duties.today();
	}

	@Test
	void schedulingTheSamePlanTwiceKeepsOneUnchangedSeries() {
		DutyPlan plan = DutyFixtures.reevaluation(DutyOwner.user("member"), today(), 40);
		UUID first = this.duties.schedule(plan);
		long version = this.board.get(first).duty().version();
		UUID second = this.duties.schedule(plan);
		assertThat(second).isEqualTo(first);
		assertThat(this.board.get(first).duty().version()).isEqualTo(version);
		assertThat(auditOf(first)).extracting(AuditEntryView::action).containsExactly("SCHEDULED");
	}

	@Test
	void aChangedPlanUpdatesTheSeriesInPlace() {
		DutyPlan plan = DutyFixtures.reevaluation(DutyOwner.user("member"), today(), 40);
		UUID id = this.duties.schedule(plan);
		this.duties.schedule(plan.withGraceDays(30));
		assertThat(this.board.get(id).graceDays()).isEqualTo(30);
		assertThat(auditOf(id)).extracting(AuditEntryView::action).contains("RESCHEDULED");
	}

	@Test
	void theModuleCompletesByKeyAndTheNextOccurrenceIsAYearOn() {
		DutyPlan plan = DutyFixtures.reevaluation(DutyOwner.committee(), today(), -10);
		UUID id = this.duties.schedule(plan);
		DutyKey key = plan.key();
		this.duties.complete(key.kind(), key.subjectType(), key.subjectId(), "委員会で再評価済み");
		DutyView view = this.board.get(id);
		assertThat(view.duty().dueOn()).isEqualTo(plan.anchor().plusMonths(12));
		assertThat(view.duty().occurrence()).isEqualTo(2);
		assertThat(view.history()).singleElement().satisfies((entry) -> {
			assertThat(entry.note()).isEqualTo("委員会で再評価済み");
			assertThat(entry.dueOn()).isEqualTo(plan.anchor());
		});
		assertThat(auditOf(id)).extracting(AuditEntryView::action).contains("COMPLETED");
	}

	@Test
	void completingAnUnknownSeriesIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.duties.complete("contractor-reevaluation", "contractor", "no-such-id", null));
	}

	@Test
	void aCancelledSeriesStaysWithItsTrace() {
		DutyPlan plan = DutyFixtures.reevaluation(DutyOwner.user("member"), today(), 5);
		UUID id = this.duties.schedule(plan);
		this.duties.cancel(plan.key().kind(), plan.key().subjectType(), plan.key().subjectId(), "委託終了");
		DutyView view = this.board.get(id);
		assertThat(view.duty().status()).isEqualTo(DutyStatus.CANCELLED);
		assertThat(view.history()).singleElement()
			.satisfies((entry) -> assertThat(entry.action()).isEqualTo(DutyAction.CANCELLED));
		assertThat(auditOf(id)).extracting(AuditEntryView::action).contains("CANCELLED");
	}

	@Test
	void theOwnerCompletesTheVersionTheyRead() {
		UUID id = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("owner-a"), today(), -3));
		long version = this.board.get(id).duty().version();
		DutyView done = DutyFixtures.as("owner-a", () -> this.board.complete(id, version, "実施"), Role.MEMBER);
		assertThat(done.duty().occurrence()).isEqualTo(2);
		assertThat(done.history()).singleElement().satisfies((entry) -> assertThat(entry.actor()).isEqualTo("owner-a"));
	}

	@Test
	void aCompletionOfAStaleVersionIsAConflict() {
		UUID id = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("owner-b"), today(), -3));
		long version = this.board.get(id).duty().version();
		DutyFixtures.as("owner-b", () -> this.board.complete(id, version, null), Role.MEMBER);
		assertThatExceptionOfType(DutyClosed.class)
			.isThrownBy(() -> DutyFixtures.as("owner-b", () -> this.board.complete(id, version, null), Role.MEMBER))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("duty.error.concurrent"));
	}

	@Test
	void someoneElseMayNotCompleteAPersonalDuty() {
		UUID id = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("owner-c"), today(), -3));
		long version = this.board.get(id).duty().version();
		assertThatExceptionOfType(NotDutyOwner.class).isThrownBy(
				() -> DutyFixtures.as("committee-x", () -> this.board.complete(id, version, null), Role.COMMITTEE));
	}

	@Test
	void aNoteOverTwoThousandCharactersIsRefused() {
		UUID id = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("owner-d"), today(), -3));
		long version = this.board.get(id).duty().version();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> DutyFixtures.as("owner-d",
				() -> this.board.complete(id, version, "x".repeat(Duties.MAX_NOTE + 1)), Role.MEMBER));
		assertThat(this.board.get(id).duty().occurrence()).isEqualTo(1);
	}

	@Test
	void myDutiesAreMineAndTheCommitteesForACommitteeMember() {
		UUID mine = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("owner-e"), today(), 3));
		// far overdue, so that it is among the committee's earliest whatever other tests
		// left
		UUID committees = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.committee(), today(), -4000));
		UUID others = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("owner-f"), today(), 3));
		assertThat(DutyFixtures.as("owner-e", this.duties::mine, Role.COMMITTEE, Role.MEMBER))
			.extracting(DutySummary::id)
			.contains(mine, committees)
			.doesNotContain(others);
	}

	@Test
	void aMemberOutsideTheCommitteeSeesOnlyTheirOwnDuties() {
		UUID committees = this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.committee(), today(), -401));
		assertThat(DutyFixtures.as("owner-g", this.duties::mine, Role.MEMBER)).extracting(DutySummary::id)
			.doesNotContain(committees);
	}

	private List<AuditEntryView> auditOf(UUID id) {
		List<AuditEntryView> newestFirst = new ArrayList<>(this.auditTrail
			.search(new AuditTrailQuery("duty", id.toString(), null, null, null), Pageable.ofSize(20))
			.getContent());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
