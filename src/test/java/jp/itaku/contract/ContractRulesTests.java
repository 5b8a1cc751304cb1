package jp.itaku.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** What a contract's details must satisfy (規程 4.2), field by field. */
class ContractRulesTests {

	private static final LocalDate START = LocalDate.of(2026, 4, 1);

	private static ContractDetails details(String title, LocalDate endOn, boolean autoRenewal, Integer renewalMonths,
			Integer noticeMonths, Integer noticeDays) {
		return new ContractDetails(UUID.randomUUID(), ContractKind.OUTSOURCING, title, "IT-1", "相手方株式会社", START, endOn,
				autoRenewal, renewalMonths, noticeMonths, noticeDays, null);
	}

	private static List<String> problems(ContractDetails details) {
		return ContractRules.problems(details)
			.stream()
			.map((problem) -> problem.field() + ":" + problem.messageKey())
			.toList();
	}

	@Test
	void aCompleteRenewingContractPasses() {
		assertThatNoException()
			.isThrownBy(() -> ContractRules.check(details("業務委託契約", START.plusYears(1), true, 12, 3, null)));
	}

	@Test
	void titleCounterpartyKindContractorAndStartAreRequired() {
		ContractDetails blank = new ContractDetails(null, null, " ", null, "", null, null, false, null, null, null,
				null);

		assertThat(problems(blank)).containsExactlyInAnyOrder("contractorId:contract.validation.required",
				"kind:contract.validation.required", "title:contract.validation.required",
				"counterparty:contract.validation.required", "startOn:contract.validation.required");
	}

	@Test
	void textsLongerThanTheirColumnsAreRefusedWithTheLimit() {
		ContractDetails details = new ContractDetails(UUID.randomUUID(), ContractKind.NDA, "件".repeat(301),
				"9".repeat(101), "社".repeat(301), START, null, false, null, null, null, null);

		List<FieldProblem> problems = ContractRules.problems(details);

		assertThat(problems).extracting(FieldProblem::field).containsExactly("title", "number", "counterparty");
		assertThat(problems).extracting(FieldProblem::messageKey).containsOnly("contract.validation.tooLong");
		assertThat(problems.get(1).arguments()).containsExactly(100);
	}

	@Test
	void theEndMayNotComeBeforeTheStart() {
		assertThat(problems(details("契約", START.minusDays(1), false, null, null, null)))
			.containsExactly("endOn:contract.validation.endBeforeStart");
	}

	@Test
	void aOneDayContractEndingOnItsStartIsFine() {
		assertThat(problems(details("契約", START, false, null, null, null))).isEmpty();
	}

	@Test
	void automaticRenewalNeedsAnEndDate() {
		assertThat(problems(details("契約", null, true, 12, null, null)))
			.containsExactly("endOn:contract.validation.renewalNeedsEnd");
	}

	@Test
	void automaticRenewalNeedsARenewalPeriodOfOneTo120Months() {
		assertThat(problems(details("契約", START.plusYears(1), true, null, null, null)))
			.containsExactly("renewalMonths:contract.validation.renewalMonths");
		assertThat(problems(details("契約", START.plusYears(1), true, 0, null, null)))
			.containsExactly("renewalMonths:contract.validation.renewalMonths");
		assertThat(problems(details("契約", START.plusYears(1), true, 121, null, null)))
			.containsExactly("renewalMonths:contract.validation.renewalMonths");
		assertThat(problems(details("契約", START.plusYears(1), true, 120, null, null))).isEmpty();
	}

	@Test
	void noticeMonthsRunFromZeroTo24() {
		assertThat(problems(details("契約", START.plusYears(1), false, null, 25, null)))
			.containsExactly("noticeMonths:contract.validation.noticeMonths");
		assertThat(problems(details("契約", START.plusYears(1), false, null, -1, null)))
			.containsExactly("noticeMonths:contract.validation.noticeMonths");
		assertThat(problems(details("契約", START.plusYears(1), false, null, 0, null))).isEmpty();
	}

	@Test
	void noticeDaysRunFromZeroTo365() {
		assertThat(problems(details("契約", START.plusYears(1), false, null, null, 366)))
			.containsExactly("noticeDays:contract.validation.noticeDays");
		assertThat(problems(details("契約", START.plusYears(1), false, null, null, 365))).isEmpty();
	}

	@Test
	void noticeIsGivenInMonthsOrDaysNotBoth() {
		assertThat(problems(details("契約", START.plusYears(1), false, null, 1, 30)))
			.containsExactly("noticeDays:contract.validation.noticeEither");
	}

	@Test
	void refusingThrowsEveryProblemAtOnce() {
		ContractDetails details = details(" ", START.minusDays(1), false, null, 30, null);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> ContractRules.check(details))
			.satisfies((ex) -> assertThat(ex.errors()).hasSize(3));
	}

}
