package jp.itaku.corrective;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static jp.itaku.corrective.CorrectiveFixtures.DUE;
import static jp.itaku.corrective.CorrectiveFixtures.NOW;
import static jp.itaku.corrective.CorrectiveFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The corrective action's state machine and its rules (規程 4.1; SEL-04), without Spring.
 */
class CorrectiveActionTests {

	private static final Instant LATER = NOW.plusSeconds(3600);

	private static CorrectiveAction done(String assignee) {
		CorrectiveAction action = opened(assignee);
		action.start(assignee, NOW);
		action.markDone(assignee, "提出を確認", NOW);
		return action;
	}

	@Test
	void aNewActionIsOpenWithItsOpeningInTheHistory() {
		CorrectiveAction action = opened("tanaka");
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.OPEN);
		assertThat(action.getHistory()).extracting(CorrectiveActionRecord::getStep)
			.containsExactly(CorrectiveStep.OPENED);
	}

	@Test
	void theAssigneeStartsAnOpenAction() {
		CorrectiveAction action = opened("tanaka");
		action.start("tanaka", LATER);
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.IN_PROGRESS);
		assertThat(action.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void someoneOtherThanTheAssigneeMayNotStartIt() {
		CorrectiveAction action = opened("tanaka");
		assertThatExceptionOfType(NotAllowedToAct.class).isThrownBy(() -> action.start("suzuki", LATER))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("corrective.error.notAssignee"));
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.OPEN);
	}

	@Test
	void anActionCannotBeMarkedDoneBeforeItIsStarted() {
		CorrectiveAction action = opened("tanaka");
		assertThatExceptionOfType(IllegalCorrectiveTransition.class)
			.isThrownBy(() -> action.markDone("tanaka", null, LATER))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("corrective.error.transition.done"));
	}

	@Test
	void markingItDoneRecordsWhoDidItAndTheirNote() {
		CorrectiveAction action = done("tanaka");
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.DONE);
		assertThat(action.getDoneBy()).isEqualTo("tanaka");
		assertThat(action.getHistory()).last().satisfies((record) -> {
			assertThat(record.getStep()).isEqualTo(CorrectiveStep.DONE);
			assertThat(record.getNote()).isEqualTo("提出を確認");
		});
	}

	@Test
	void whoeverMarkedItDoneMayNotVerifyIt() {
		CorrectiveAction action = done("tanaka");
		assertThatExceptionOfType(NotAllowedToAct.class).isThrownBy(() -> action.verify("tanaka", null, LATER))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("corrective.error.verifierIsDoer"));
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.DONE);
	}

	@Test
	void whoeverMarkedItDoneMayNotRejectItEither() {
		CorrectiveAction action = done("tanaka");
		assertThatExceptionOfType(NotAllowedToAct.class).isThrownBy(() -> action.reject("tanaka", "不十分", LATER));
	}

	@Test
	void someoneElseVerifiesItAndItIsClosed() {
		CorrectiveAction action = done("tanaka");
		action.verify("suzuki", "記録を確認", LATER);
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.VERIFIED);
		assertThat(action.getHistory()).last().satisfies((record) -> {
			assertThat(record.getStep()).isEqualTo(CorrectiveStep.VERIFIED);
			assertThat(record.getActor()).isEqualTo("suzuki");
		});
	}

	@Test
	void aFailedVerificationReturnsItToInProgressWithTheReason() {
		CorrectiveAction action = done("tanaka");
		action.reject("suzuki", "記録に署名がない", LATER);
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.IN_PROGRESS);
		assertThat(action.getHistory()).last().satisfies((record) -> {
			assertThat(record.getStep()).isEqualTo(CorrectiveStep.REJECTED);
			assertThat(record.getNote()).isEqualTo("記録に署名がない");
		});
	}

	@Test
	void aSentBackActionIsMarkedDoneAgainAndVerifiedBySomeoneElse() {
		CorrectiveAction action = done("tanaka");
		action.reject("suzuki", "記録に署名がない", LATER);
		action.markDone("tanaka", "署名済みの記録を受領", LATER);
		action.verify("suzuki", null, LATER);
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.VERIFIED);
		assertThat(action.getHistory()).extracting(CorrectiveActionRecord::getStep)
			.containsExactly(CorrectiveStep.OPENED, CorrectiveStep.STARTED, CorrectiveStep.DONE,
					CorrectiveStep.REJECTED, CorrectiveStep.DONE, CorrectiveStep.VERIFIED);
	}

	@Test
	void aRejectionNeedsAReason() {
		CorrectiveAction action = done("tanaka");
		assertThatIllegalArgumentException().isThrownBy(() -> action.reject("suzuki", " ", LATER));
		assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.DONE);
	}

	@Test
	void anActionNotMarkedDoneCannotBeVerified() {
		CorrectiveAction action = opened("tanaka");
		action.start("tanaka", NOW);
		assertThatExceptionOfType(IllegalCorrectiveTransition.class)
			.isThrownBy(() -> action.verify("suzuki", null, LATER));
	}

	@Test
	void aVerifiedActionCannotBeSentBack() {
		CorrectiveAction action = done("tanaka");
		action.verify("suzuki", null, LATER);
		assertThatExceptionOfType(IllegalCorrectiveTransition.class)
			.isThrownBy(() -> action.reject("sato", "再確認", LATER));
	}

	@Test
	void aStepAgainstAnOlderVersionIsAConflict() {
		CorrectiveAction action = opened("tanaka");
		assertThatExceptionOfType(IllegalCorrectiveTransition.class).isThrownBy(() -> action.expectVersion(3))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("corrective.error.concurrent"));
	}

	@Test
	void itIsOverdueOnlyAfterItsDueDate() {
		CorrectiveAction action = opened("tanaka");
		assertThat(action.isOverdueOn(DUE)).isFalse();
		assertThat(action.isOverdueOn(DUE.plusDays(1))).isTrue();
	}

	@Test
	void aDoneActionStaysOverdueUntilVerified() {
		CorrectiveAction action = done("tanaka");
		LocalDate late = DUE.plusDays(10);
		assertThat(action.isOverdueOn(late)).isTrue();
		action.verify("suzuki", null, LATER);
		assertThat(action.isOverdueOn(late)).isFalse();
	}

	@Test
	void everyStepIsAnEventForTheAuditTrail() {
		CorrectiveAction action = done("tanaka");
		action.verify("suzuki", null, LATER);
		assertThat(action.takeEvents()).extracting((event) -> ((CorrectiveActionEvent) event).action())
			.containsExactly("OPENED", "STARTED", "DONE", "VERIFIED");
		assertThat(action.takeEvents()).isEmpty();
	}

	@Test
	void aSourceLinkMustBeAnApplicationPath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CorrectionSource("evaluation", "1", "SEL-04", "https://example.com/x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CorrectionSource("evaluation", "1", "SEL-04", "//example.com/x"));
	}

}
