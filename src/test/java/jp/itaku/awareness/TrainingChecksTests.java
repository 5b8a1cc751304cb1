package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.List;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a session record refuses, field by field. */
class TrainingChecksTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static TrainingInput session(LocalDate heldOn, String title, List<String> attendees) {
		return new TrainingInput(TrainingKind.PROCUREMENT, title, heldOn, "情報セキュリティ委員会", null, attendees);
	}

	private static List<String> refusedFields(TrainingInput input) {
		try {
			TrainingChecks.session(input, TODAY, "member"::equals);
		}
		catch (InvalidInputException ex) {
			return ex.errors().stream().map(FieldProblem::field).toList();
		}
		return List.of();
	}

	@Test
	void aSessionHeldTodayByAMemberIsAccepted() {
		assertThat(refusedFields(session(TODAY, "委託先管理規程の説明会", List.of("member")))).isEmpty();
	}

	@Test
	void aSessionInTheFutureIsRefused() {
		assertThat(refusedFields(session(TODAY.plusDays(1), "説明会", List.of()))).containsExactly("heldOn");
	}

	@Test
	void aSessionWithoutTitleOrDayIsRefusedForBoth() {
		assertThat(refusedFields(session(null, " ", List.of()))).containsExactlyInAnyOrder("title", "heldOn");
	}

	@Test
	void aTitleOverTwoHundredCharactersIsRefused() {
		assertThat(refusedFields(session(TODAY, "題".repeat(201), List.of()))).containsExactly("title");
	}

	@Test
	void anAttendeeWhoIsNotAnAccountIsNamed() {
		assertThatThrownBy(() -> TrainingChecks.session(session(TODAY, "説明会", List.of("member", "stranger")), TODAY,
				"member"::equals))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.errors()).singleElement().satisfies((problem) -> {
					assertThat(problem.field()).isEqualTo("attendees");
					assertThat(problem.arguments()).containsExactly("stranger");
				});
			});
	}

}
