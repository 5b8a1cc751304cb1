package jp.itaku.contractreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance verdict on MGT-01 and OPS-04 (規程 4.3(1), 5.2(1)) from the contracts'
 * review standings.
 */
class ReviewVerdictsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private ReviewVerdicts verdicts;

	@BeforeEach
	void messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/contractreview");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.verdicts = new ReviewVerdicts(messages);
		LocaleContextHolder.setLocale(Locale.JAPANESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private static ReviewStanding dueOn(String number, LocalDate due) {
		ReviewStanding standing = new ReviewStanding(UUID.randomUUID());
		standing.update(new ContractReview.ContractRef(standing.getContractId(), UUID.randomUUID(), number, "保守契約"),
				true, null, new ReviewSchedule(due, null, null, false), Instant.EPOCH);
		return standing;
	}

	@Test
	void bothRequirementsAreOverdueNamingTheLateContracts() {
		ReviewStanding late = dueOn("IT-2025-006", TODAY.minusDays(40));
		ReviewStanding soon = dueOn("IT-2024-005", TODAY.plusDays(10));

		List<RequirementAssessment> verdicts = this.verdicts.assess(TODAY, 5, List.of(late, soon), late.getNextDueOn());

		assertThat(verdicts).extracting(RequirementAssessment::requirementId).containsExactly("MGT-01", "OPS-04");
		assertThat(verdicts).allSatisfy((verdict) -> {
			assertThat(verdict.status()).isEqualTo(ComplianceStatus.OVERDUE);
			assertThat(verdict.detail()).contains("IT-2025-006").doesNotContain("IT-2024-005");
			assertThat(verdict.links()).containsExactly(ContractReviews.link(late.getContractId()),
					ReviewVerdicts.OVERDUE_LIST);
		});
	}

	@Test
	void aContractDueWithinThirtyDaysIsDueSoon() {
		ReviewStanding soon = dueOn("IT-2024-005", TODAY.plusDays(10));

		List<RequirementAssessment> verdicts = this.verdicts.assess(TODAY, 3, List.of(soon), soon.getNextDueOn());

		assertThat(verdicts).allSatisfy((verdict) -> {
			assertThat(verdict.status()).isEqualTo(ComplianceStatus.DUE_SOON);
			assertThat(verdict.detail()).contains("IT-2024-005");
			assertThat(verdict.links()).containsExactly(ContractReviews.link(soon.getContractId()));
		});
	}

	@Test
	void aReviewDueTodayIsNotYetOverdue() {
		ReviewStanding today = dueOn("IT-2024-005", TODAY);

		assertThat(this.verdicts.assess(TODAY, 1, List.of(today), TODAY))
			.allSatisfy((verdict) -> assertThat(verdict.status()).isEqualTo(ComplianceStatus.DUE_SOON));
	}

	@Test
	void contractsReviewedOnTimeAreOkWithTheirCountAndTheNextDueDate() {
		List<RequirementAssessment> verdicts = this.verdicts.assess(TODAY, 4, List.of(), LocalDate.of(2027, 3, 1));

		assertThat(verdicts).allSatisfy((verdict) -> {
			assertThat(verdict.status()).isEqualTo(ComplianceStatus.OK);
			assertThat(verdict.detail()).contains("4").contains("2027-03-01");
		});
	}

	@Test
	void withoutActiveContractsBothRequirementsAreOkNeverUntracked() {
		assertThat(this.verdicts.assess(TODAY, 0, List.of(), null))
			.allSatisfy((verdict) -> assertThat(verdict.status()).isEqualTo(ComplianceStatus.OK));
	}

}
