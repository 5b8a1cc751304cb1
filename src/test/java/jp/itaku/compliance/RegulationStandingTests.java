package jp.itaku.compliance;

import java.time.LocalDate;

import jp.itaku.regulation.RegulationOverview;
import jp.itaku.regulation.RegulationOverview.Standing;
import jp.itaku.regulation.RegulationVersion;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class RegulationStandingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	private final RegulationOverview overview = mock(RegulationOverview.class);

	private final RegulationStanding compliance = new RegulationStanding(this.overview, new StaticMessageSource() {
		{
			setUseCodeAsDefaultMessage(true);
		}
	}, 30);

	@Test
	void revisionIsOkWhenAnApprovedVersionIsInForce() {
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 0, TODAY.plusMonths(6)));
		assertThat(assessment("REV-01").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void revisionIsAGapWithoutAVersionInForce() {
		given(this.overview.standing()).willReturn(standing(null, 0, 0, null));
		assertThat(assessment("REV-01").status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(assessment("PUB-01").status()).isEqualTo(ComplianceStatus.GAP);
	}

	@Test
	void publicationIsAGapWhileSubjectsHaveNotAcknowledgedWithTheirCount() {
		given(this.overview.standing()).willReturn(standing(inForce(), 3, 0, TODAY.plusMonths(6)));
		RequirementAssessment pub = assessment("PUB-01");
		assertThat(pub.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(pub.detail()).isEqualTo("regulation.compliance.PUB-01.gap");
		assertThat(pub.links()).containsExactly("/regulation/versions/2/acknowledgements");
	}

	@Test
	void publicationIsOkOnceEverySubjectAcknowledged() {
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 0, TODAY.plusMonths(6)));
		assertThat(assessment("PUB-01").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void changeRequestsAreOverdueWhenTheCommitteeDeliberatesTooLong() {
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 1, TODAY.plusMonths(6)));
		assertThat(assessment("REV-02").status()).isEqualTo(ComplianceStatus.OVERDUE);
	}

	@Test
	void yearlyReviewIsOkUntilThirtyDaysBeforeItIsDue() {
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 0, TODAY.plusDays(31)));
		assertThat(assessment("REV-03").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void yearlyReviewIsDueSoonWithinThirtyDaysAndOnItsDay() {
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 0, TODAY.plusDays(30)));
		assertThat(assessment("REV-03").status()).isEqualTo(ComplianceStatus.DUE_SOON);
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 0, TODAY));
		assertThat(assessment("REV-03").status()).isEqualTo(ComplianceStatus.DUE_SOON);
	}

	@Test
	void yearlyReviewIsOverdueTheDayAfterItWasDue() {
		given(this.overview.standing()).willReturn(standing(inForce(), 0, 0, TODAY.minusDays(1)));
		assertThat(assessment("REV-03").status()).isEqualTo(ComplianceStatus.OVERDUE);
	}

	private RequirementAssessment assessment(String id) {
		return this.compliance.assess()
			.stream()
			.filter((assessment) -> assessment.requirementId().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static RegulationVersion inForce() {
		return new RegulationVersion(2, RegulationVersion.Status.IN_FORCE, TODAY.minusMonths(3), TODAY.minusMonths(2),
				"情報セキュリティ委員会", null, "改訂");
	}

	private static Standing standing(RegulationVersion inForce, int unacknowledged, long overdue, LocalDate due) {
		return new Standing(TODAY, inForce, 5, unacknowledged, overdue, overdue, 30, TODAY.minusMonths(11), due);
	}

}
