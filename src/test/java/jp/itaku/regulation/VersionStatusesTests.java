package jp.itaku.regulation;

import java.time.LocalDate;
import java.util.List;

import jp.itaku.regulation.RegulationVersion.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionStatusesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void theLatestEffectiveApprovedVersionIsInForceAndEarlierOnesSuperseded() {
		List<RegulationVersion> versions = VersionStatuses.on(TODAY,
				List.of(approved(3, TODAY.plusDays(1)), approved(2, TODAY), approved(1, TODAY.minusYears(1))));
		assertThat(versions).extracting(RegulationVersion::status)
			.containsExactly(Status.SCHEDULED, Status.IN_FORCE, Status.SUPERSEDED);
	}

	@Test
	void aVersionTakesEffectOnItsEffectiveDate() {
		List<RegulationVersion> stored = List.of(approved(2, TODAY.plusDays(1)), approved(1, TODAY.minusYears(1)));
		assertThat(VersionStatuses.inForce(TODAY, stored)).map(RegulationVersion::number).contains(1);
		assertThat(VersionStatuses.inForce(TODAY.plusDays(1), stored)).map(RegulationVersion::number).contains(2);
	}

	@Test
	void draftsAreNeverInForce() {
		RegulationVersion draft = new RegulationVersion(2, Status.DRAFT, null, null, "", null, "案");
		List<RegulationVersion> versions = VersionStatuses.on(TODAY, List.of(draft, approved(1, TODAY)));
		assertThat(versions).extracting(RegulationVersion::status).containsExactly(Status.DRAFT, Status.IN_FORCE);
	}

	@Test
	void noVersionIsInForceBeforeTheFirstTakesEffect() {
		assertThat(VersionStatuses.inForce(TODAY, List.of(approved(1, TODAY.plusDays(3))))).isEmpty();
	}

	private static RegulationVersion approved(int number, LocalDate effective) {
		return new RegulationVersion(number, Status.SUPERSEDED, effective.minusDays(10), effective, "委員会", null,
				"改訂" + number);
	}

}
