package jp.itaku.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The compliance table takes DUE_SOON and OVERDUE from open duties. Each test owns its
 * requirement id (MGT-03, OPS-07, OPS-08, OPS-10), which no other test registers duties
 * for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DutyStandingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	@Autowired
	Clock clock;

	@Autowired
	DutyStanding compliance;

	private static DutyPlan reevaluation(DutyOwner owner, LocalDate today, int dueInDays, String requirementId) {
		return DutyPlan
			.of(new DutyKey("contractor-reevaluation", "contractor", UUID.randomUUID().toString()), requirementId,
					owner, "duty.demo.contractor-reevaluation", List.of("翠嶺システムズ株式会社"), "/contractors",
					Recurrence.every(12, ChronoUnit.MONTHS, Recurrence.Basis.DUE_DATE), today.plusDays(dueInDays))
			.withGraceDays(7);
	}

	private void schedule(String requirementId, int dueInDays) {
		this.duties.schedule(reevaluation(DutyOwner.committee(), LocalDate.now(this.clock), dueInDays, requirementId));
	}

	private RequirementAssessment assessmentOf(String requirementId) {
		List<RequirementAssessment> all = this.compliance.assess();
		return all.stream().filter((a) -> a.requirementId().equals(requirementId)).findFirst().orElseThrow();
	}

	@Test
	void anOverdueDutyMakesItsRequirementOverdueInTheComplianceTable() throws Exception {
		schedule("MGT-03", -60);
		schedule("MGT-03", 5);
		this.mvc.perform(get("/api/v1/compliance").with(user("member").roles("MEMBER")))
			.andExpect(jsonPath("$[?(@.requirementId == 'MGT-03')].status", contains("OVERDUE")))
			.andExpect(jsonPath("$[?(@.requirementId == 'MGT-03')].detail",
					contains("期限超過の定期業務が 1 件あります（期限間近 1 件、未完了 2 件）。")))
			.andExpect(jsonPath("$[?(@.requirementId == 'MGT-03')].links[*]",
					hasItem("/duties?requirement=MGT-03&status=OVERDUE")));
	}

	@Test
	void aDutyDueSoonMakesItsRequirementDueSoon() {
		schedule("OPS-08", 10);
		schedule("OPS-08", 200);
		RequirementAssessment assessment = assessmentOf("OPS-08");
		assertThat(assessment.status()).isEqualTo(ComplianceStatus.DUE_SOON);
		assertThat(assessment.links()).containsExactly("/duties?requirement=OPS-08&status=DUE_SOON");
	}

	@Test
	void dutiesOnScheduleLeaveTheRequirementOk() {
		schedule("OPS-10", 200);
		assertThat(assessmentOf("OPS-10").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void aRequirementWhoseDutiesAreAllDoneSaysNothing() {
		DutyPlan plan = reevaluation(DutyOwner.committee(), LocalDate.now(this.clock), -5, "OPS-07");
		this.duties.schedule(plan);
		this.duties.cancel(plan.key().kind(), plan.key().subjectType(), plan.key().subjectId(), null);
		assertThat(this.compliance.assess()).extracting(RequirementAssessment::requirementId).doesNotContain("OPS-07");
	}

}
