package jp.itaku.compliance;

import java.util.List;
import java.util.Locale;

import jp.itaku.regulation.Requirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceTests {

	@Test
	void listsEveryRequirementAsNotTrackedWhenNoModuleContributes() {
		List<RequirementCompliance> overview = compliance().overview(Locale.JAPANESE);

		assertThat(overview).hasSize(64);
		assertThat(overview).extracting(RequirementCompliance::status).containsOnly(ComplianceStatus.NOT_TRACKED);
		assertThat(overview).extracting(RequirementCompliance::detail).containsOnlyNulls();
	}

	@Test
	void showsAContributorsGapOnItsRequirement() {
		ComplianceContributor register = () -> List.of(new RequirementAssessment("S01", ComplianceStatus.GAP,
				"3 contractors have no supplier type", List.of("/contractors?supplierType=")));

		RequirementCompliance s01 = entry(compliance(register).overview(Locale.ENGLISH), "S01");

		assertThat(s01.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(s01.detail()).isEqualTo("3 contractors have no supplier type");
		assertThat(s01.links()).containsExactly("/contractors?supplierType=");
		assertThat(s01.section()).isEqualTo("4.2(1)③");
		assertThat(s01.text()).startsWith("Identifying and documenting the types of suppliers");
	}

	@Test
	void theWorstStatusWinsWhenSeveralModulesSpeakAboutOneRequirement() {
		ComplianceContributor fine = () -> List
			.of(new RequirementAssessment("S03", ComplianceStatus.OK, "access kinds recorded", List.of("/a")));
		ComplianceContributor lacking = () -> List.of(new RequirementAssessment("S03", ComplianceStatus.GAP,
				"2 contractors lack access kinds", List.of("/b")));

		RequirementCompliance s03 = entry(compliance(fine, lacking).overview(Locale.ENGLISH), "S03");

		assertThat(s03.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(s03.detail()).isEqualTo("access kinds recorded / 2 contractors lack access kinds");
		assertThat(s03.links()).containsExactly("/a", "/b");
	}

	@Test
	void ranksGapOverOverdueOverDueSoonOverOk() {
		assertThat(worstOf(ComplianceStatus.OK, ComplianceStatus.DUE_SOON)).isEqualTo(ComplianceStatus.DUE_SOON);
		assertThat(worstOf(ComplianceStatus.DUE_SOON, ComplianceStatus.OVERDUE)).isEqualTo(ComplianceStatus.OVERDUE);
		assertThat(worstOf(ComplianceStatus.OVERDUE, ComplianceStatus.GAP)).isEqualTo(ComplianceStatus.GAP);
		assertThat(worstOf(ComplianceStatus.NOT_TRACKED, ComplianceStatus.OK)).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void leavesOtherRequirementsNotTracked() {
		ComplianceContributor register = () -> List
			.of(new RequirementAssessment("S01", ComplianceStatus.OK, null, List.of()));

		List<RequirementCompliance> overview = compliance(register).overview(Locale.JAPANESE);

		assertThat(entry(overview, "S01").status()).isEqualTo(ComplianceStatus.OK);
		assertThat(overview).filteredOn((entry) -> !entry.requirementId().equals("S01"))
			.extracting(RequirementCompliance::status)
			.containsOnly(ComplianceStatus.NOT_TRACKED);
	}

	@Test
	void ignoresAnIdThatIsNotARequirementOfTheRegulation() {
		ComplianceContributor confused = () -> List
			.of(new RequirementAssessment("X99", ComplianceStatus.GAP, "no such requirement", List.of()));

		List<RequirementCompliance> overview = compliance(confused).overview(Locale.JAPANESE);

		assertThat(overview).hasSize(64).extracting(RequirementCompliance::requirementId).doesNotContain("X99");
	}

	@Test
	void keepsTheRegulationsOrder() {
		List<RequirementCompliance> overview = compliance().overview(Locale.JAPANESE);

		assertThat(overview).extracting(RequirementCompliance::requirementId)
			.containsExactlyElementsOf(TestRequirements.catalogue().all().stream().map(Requirement::id).toList());
		assertThat(overview.get(0).requirementId()).isEqualTo("SEL-01");
	}

	private static ComplianceStatus worstOf(ComplianceStatus first, ComplianceStatus second) {
		return AssessmentMerge.merge(List.of(new RequirementAssessment("S01", first, null, List.of()),
				new RequirementAssessment("S01", second, null, List.of())))
			.status();
	}

	private static RequirementCompliance entry(List<RequirementCompliance> overview, String id) {
		return overview.stream().filter((entry) -> entry.requirementId().equals(id)).findFirst().orElseThrow();
	}

	private static Compliance compliance(ComplianceContributor... contributors) {
		return new Compliance(TestRequirements.catalogue(), List.of(contributors));
	}

}
