package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutySummary;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluations and criteria reviews register their next occurrence as duties (規程 4.1(1)
 * SEL-03, SEL-04), due by the injected clock and the contractor's risk tier.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionDutiesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Contractors contractors;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Duties duties;

	@Autowired
	Clock clock;

	@Test
	void aTierOneContractorIsDueForReEvaluationTwelveMonthsAfterItsEvaluation() {
		SelectionFixtures.criteriaInForce(this.context);
		String owner = "duty-owner-" + SelectionApiTests.kana().hashCode();
		Contractor contractor = this.contractors.register(new ContractorDetails("区分1評価株式会社", SelectionApiTests.kana(),
				null, null, null, null, null, Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.STORE),
				InformationClassification.STRICTLY_CONFIDENTIAL, null, null, null, owner, null, List.of()));
		LocalDate evaluatedOn = LocalDate.now(this.clock).minusDays(10);
		List<EvaluationInput.ScoreInput> scores = this.evaluations.applicableCriteria(contractor.contractorId())
			.stream()
			.map((criterion) -> new EvaluationInput.ScoreInput(criterion.code(), criterion.scale().max(), null))
			.toList();
		this.evaluations.evaluate(contractor.contractorId(), new EvaluationInput(evaluatedOn, scores, "適合"));

		List<DutySummary> mine = as(owner, this.duties::mine);
		assertThat(mine).filteredOn((duty) -> duty.subjectId().equals(contractor.getId().toString()))
			.singleElement()
			.satisfies((duty) -> {
				assertThat(duty.requirementId()).isEqualTo("SEL-04");
				assertThat(duty.dueOn()).isEqualTo(evaluatedOn.plusMonths(12));
			});
	}

	@Test
	void aReEvaluationDutyConcernsItsContractor() {
		SelectionFixtures.criteriaInForce(this.context);
		String owner = "duty-contractor-" + SelectionApiTests.kana().hashCode();
		Contractor contractor = this.contractors.register(new ContractorDetails("委託先付き再評価株式会社",
				SelectionApiTests.kana(), null, null, null, null, null, Set.of(SupplierType.IT_SERVICE),
				Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null, null, null, owner, null, List.of()));
		List<EvaluationInput.ScoreInput> scores = this.evaluations.applicableCriteria(contractor.contractorId())
			.stream()
			.map((criterion) -> new EvaluationInput.ScoreInput(criterion.code(), criterion.scale().max(), null))
			.toList();
		this.evaluations.evaluate(contractor.contractorId(),
				new EvaluationInput(LocalDate.now(this.clock), scores, "適合"));

		List<DutySummary> ofContractor = as(owner, () -> this.duties.openForContractor(contractor.getId()));
		assertThat(ofContractor).singleElement().satisfies((duty) -> {
			assertThat(duty.kind()).isEqualTo(SelectionDuties.REEVALUATION);
			assertThat(duty.contractorId()).isEqualTo(contractor.getId());
		});
	}

	@Test
	void aNoChangeReviewMakesTheNextCriteriaReviewDueAYearOn() {
		SelectionFixtures.criteriaInForce(this.context);
		this.context.getBean(SelectionCriteria.class).recordNoChangeReview("変更なし");
		assertThat(this.duties
			.find(new DutyKey(SelectionDuties.CRITERIA_REVIEW, SelectionCriteria.SUBJECT_TYPE, "criteria")))
			.hasValueSatisfying((duty) -> {
				assertThat(duty.committee()).isTrue();
				assertThat(duty.dueOn()).isEqualTo(LocalDate.now(this.clock).plusMonths(12));
			});
	}

	private static <T> T as(String username, Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList(Role.COMMITTEE.authority(), Role.MEMBER.authority())));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
