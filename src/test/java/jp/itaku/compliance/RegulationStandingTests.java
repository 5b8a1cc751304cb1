package jp.itaku.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jp.itaku.regulation.Regulation;
import jp.itaku.regulation.RegulationVersion;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class RegulationStandingTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	private final Regulation regulation = mock(Regulation.class);

	private final RegulationStanding compliance = new RegulationStanding(this.regulation, new StaticMessageSource() {
		{
			setUseCodeAsDefaultMessage(true);
		}
	}, Clock.fixed(Instant.from(TODAY.atStartOfDay(TOKYO)), TOKYO));

	@Test
	void revisionIsOkWhenAnApprovedVersionIsInForce() {
		given(this.regulation.inForce()).willReturn(Optional.of(version(TODAY.minusDays(10), TODAY)));
		assertThat(rev01().status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void revisionIsAGapWhenTheEffectiveDateLiesInTheFuture() {
		given(this.regulation.inForce()).willReturn(Optional.of(version(TODAY, TODAY.plusDays(1))));
		assertThat(rev01().status()).isEqualTo(ComplianceStatus.GAP);
	}

	@Test
	void revisionIsAGapWithoutAVersionInForce() {
		given(this.regulation.inForce()).willReturn(Optional.empty());
		assertThat(rev01().status()).isEqualTo(ComplianceStatus.GAP);
	}

	@Test
	void revisionIsAGapWithoutAnApprovalDate() {
		given(this.regulation.inForce()).willReturn(Optional.of(version(null, TODAY)));
		assertThat(rev01().status()).isEqualTo(ComplianceStatus.GAP);
	}

	private RequirementAssessment rev01() {
		return this.compliance.assess()
			.stream()
			.filter((assessment) -> assessment.requirementId().equals("REV-01"))
			.findFirst()
			.orElseThrow();
	}

	private static RegulationVersion version(LocalDate approved, LocalDate effective) {
		return new RegulationVersion(1, RegulationVersion.Status.IN_FORCE, approved, effective, "委員会", null, "初版");
	}

}
