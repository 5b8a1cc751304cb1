package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.Set;

import jp.itaku.awareness.PersonStanding.State;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a training counts, and when it shows as lapsing (S10, S11). */
class PersonStandingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final AwarenessSettings SETTINGS = new AwarenessSettings(12, Set.of(Role.MEMBER),
			Set.of(Role.MEMBER), 30);

	private static PersonStanding trainedOn(LocalDate day) {
		return PersonStanding.of("member", "会員", day, TODAY, SETTINGS);
	}

	@Test
	void someoneNeverTrainedMustBeTrained() {
		PersonStanding standing = trainedOn(null);
		assertThat(standing.state()).isEqualTo(State.NEVER);
		assertThat(standing.state().untrained()).isTrue();
		assertThat(standing.validUntil()).isNull();
	}

	@Test
	void aTrainingCountsUpToItsFirstAnniversary() {
		assertThat(trainedOn(LocalDate.of(2026, 2, 1)).validUntil()).isEqualTo(LocalDate.of(2027, 2, 1));
	}

	@Test
	void aTrainingRecentlyHeldIsCurrent() {
		assertThat(trainedOn(LocalDate.of(2026, 6, 1)).state()).isEqualTo(State.CURRENT);
	}

	@Test
	void aTrainingThatEndsWithinThirtyDaysIsLapsing() {
		PersonStanding standing = trainedOn(LocalDate.of(2025, 12, 20));
		assertThat(standing.validUntil()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(standing.state()).isEqualTo(State.LAPSING);
		assertThat(standing.state().untrained()).isFalse();
	}

	@Test
	void aTrainingStillCountsOnItsLastDay() {
		assertThat(trainedOn(LocalDate.of(2025, 11, 26)).state()).isEqualTo(State.LAPSING);
	}

	@Test
	void aTrainingLapsesTheDayAfterItsLastDay() {
		assertThat(trainedOn(LocalDate.of(2025, 11, 25)).state()).isEqualTo(State.LAPSED);
	}

	@Test
	void aLeapDayTrainingEndsAtTheEndOfFebruary() {
		assertThat(
				PersonStanding.of("m", "m", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), SETTINGS).validUntil())
			.isEqualTo(LocalDate.of(2025, 2, 28));
	}

}
