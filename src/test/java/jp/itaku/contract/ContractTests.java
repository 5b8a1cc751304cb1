package jp.itaku.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The contract's life cycle (起案 → 締結済 → 更新 → 終了) and its renewals, without Spring. */
class ContractTests {

	private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static Contract renewing(LocalDate endOn) {
		return new Contract(
				new ContractDetails(UUID.randomUUID(), ContractKind.OUTSOURCING, "給与計算業務委託", "IT-1", "相手方",
						endOn.minusYears(1).plusDays(1), endOn, true, 12, 3, null, null),
				"member", NOW, endOn.minusDays(30));
	}

	private static Contract concluded(LocalDate endOn) {
		Contract contract = renewing(endOn);
		contract.moveTo(ContractStatus.CONCLUDED, "member", NOW);
		contract.takeEvents();
		return contract;
	}

	@Test
	void aNewContractIsADraftWithItsTermComputed() {
		Contract contract = renewing(LocalDate.of(2027, 3, 31));

		assertThat(contract.getStatus()).isEqualTo(ContractStatus.DRAFT);
		assertThat(contract.summary().termEndOn()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(contract.summary().noticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(contract.takeEvents()).singleElement().isInstanceOf(ContractRegistered.class);
	}

	@Test
	void aDraftIsConcludedThenRenewedThenEnded() {
		Contract contract = renewing(LocalDate.of(2027, 3, 31));

		contract.moveTo(ContractStatus.CONCLUDED, "member", NOW);
		contract.moveTo(ContractStatus.RENEWED, "member", NOW);
		contract.moveTo(ContractStatus.ENDED, "member", NOW);

		assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENDED);
		assertThat(contract.takeEvents()).filteredOn(ContractStatusChanged.class::isInstance).hasSize(3);
	}

	@Test
	void aDraftCannotBeRenewed() {
		Contract contract = renewing(LocalDate.of(2027, 3, 31));

		assertThatExceptionOfType(IllegalContractTransition.class)
			.isThrownBy(() -> contract.moveTo(ContractStatus.RENEWED, "member", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("contract.error.transition"));
	}

	@Test
	void anEndedContractStaysEnded() {
		Contract contract = concluded(LocalDate.of(2027, 3, 31));
		contract.moveTo(ContractStatus.ENDED, "member", NOW);

		for (ContractStatus target : ContractStatus.values()) {
			assertThatExceptionOfType(IllegalContractTransition.class)
				.isThrownBy(() -> contract.moveTo(target, "member", NOW));
		}
	}

	@Test
	void theFirstRenewalMakesAConcludedContractRenewedAndMovesItsDeadlines() {
		Contract contract = concluded(LocalDate.of(2026, 11, 25));

		boolean renewed = contract.renewIfDue(TODAY, "system", NOW);

		assertThat(renewed).isTrue();
		assertThat(contract.getStatus()).isEqualTo(ContractStatus.RENEWED);
		assertThat(contract.summary().termEndOn()).isEqualTo(LocalDate.of(2027, 11, 25));
		assertThat(contract.summary().noticeDeadline()).isEqualTo(LocalDate.of(2027, 8, 25));
		assertThat(contract.takeEvents()).singleElement()
			.isInstanceOfSatisfying(ContractStatusChanged.class, (event) -> {
				assertThat(event.actor()).isEqualTo("system");
				assertThat(event.changes()).contains("term end 2026-11-25 -> 2027-11-25");
			});
	}

	@Test
	void aTermThatEndsTodayIsNotRenewedYet() {
		Contract contract = concluded(TODAY);

		assertThat(contract.renewIfDue(TODAY, "system", NOW)).isFalse();
		assertThat(contract.getStatus()).isEqualTo(ContractStatus.CONCLUDED);
	}

	@Test
	void aDraftIsNotRenewedByTheSystem() {
		Contract contract = renewing(LocalDate.of(2026, 11, 25));
		contract.takeEvents();

		assertThat(contract.renewIfDue(TODAY, "system", NOW)).isFalse();
		assertThat(contract.takeEvents()).isEmpty();
	}

	@Test
	void aRenewalPeriodWithoutAutomaticRenewalIsNotKept() {
		Contract contract = new Contract(new ContractDetails(UUID.randomUUID(), ContractKind.NDA, "秘密保持契約", null, "相手方",
				TODAY, TODAY.plusYears(1), false, 12, null, 30, null), "member", NOW, TODAY);

		assertThat(contract.view("委託先", TODAY).renewalMonths()).isNull();
	}

}
