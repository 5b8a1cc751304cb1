package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.Contractors;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;

import static jp.itaku.contract.ContractFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The facade as screens and other modules use it. */
@SpringBootTest
@AutoConfigureMockMvc
class ContractsTests {

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	ContractRepository repository;

	@Autowired
	Clock clock;

	private UUID contractor() {
		return asMember(() -> this.contractors.register(ContractFixtures.contractor("契約テスト株式会社"))).contractorId()
			.value();
	}

	private static ContractDetails retitled(ContractSummary contract, String title) {
		return new ContractDetails(contract.contractorId(), contract.kind(), title, contract.number(),
				contract.counterparty(), contract.startOn(), contract.endOn(), contract.autoRenewal(), 12, 3, null,
				null);
	}

	private ContractDetails amendmentOf(ContractSummary original, UUID contractorId) {
		return new ContractDetails(contractorId, original.kind(), "変更契約（単価改定）", null, "相手方", today(), null, false, null,
				null, null, original.id());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Test
	void registeringStoresTheRunningTermEndAndTheNoticeDeadline() {
		LocalDate startOn = today().minusYears(2).withDayOfMonth(1);
		ContractSummary contract = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractor(), startOn)));

		ContractTerms terms = new ContractTerms(contract.endOn(), true, 12, 3, null);
		assertThat(contract.termEndOn()).isEqualTo(terms.termEndOn(today())).isAfterOrEqualTo(today());
		assertThat(contract.noticeDeadline()).isEqualTo(terms.noticeDeadlineBefore(contract.termEndOn()));
		assertThat(this.contracts.get(contract.id()).noticeDeadline()).isEqualTo(contract.noticeDeadline());
	}

	@Test
	void aContractWithoutAnEndHasNoDeadline() {
		ContractSummary contract = asMember(() -> this.contracts
			.register(ContractFixtures.fixed(contractor(), ContractKind.NDA, today(), null, 30)));

		assertThat(contract.termEndOn()).isNull();
		assertThat(contract.noticeDeadline()).isNull();
	}

	@Test
	void recordingCoverageKeepsTheVersion() {
		ContractSummary contract = asMember(() -> this.contracts.register(
				ContractFixtures.fixed(contractor(), ContractKind.MAINTENANCE, today(), today().plusYears(1), 30)));

		this.contracts.recordCoverage(contract.id(), 12, 9, 3);

		assertThat(asMember(() -> this.contracts.get(contract.id())).version()).isEqualTo(contract.version());
		assertThat(this.repository.findById(contract.id()).orElseThrow().coverage())
			.isEqualTo(new ContractCoverage(12, 9, 3));
	}

	@Test
	void savingFromAStaleVersionIsRefusedAndChangesNothing() {
		ContractSummary contract = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractor(), today())));
		asMember(() -> this.contracts.update(contract.id(), 0, retitled(contract, "最初の保存")));

		assertThatExceptionOfType(StaleContractVersion.class)
			.isThrownBy(() -> asMember(() -> this.contracts.update(contract.id(), 0, retitled(contract, "後の保存"))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("contract.error.conflict"));
		assertThat(asMember(() -> this.contracts.get(contract.id())).title()).isEqualTo("最初の保存");
	}

	@Test
	void aMoveTheLifeCycleForbidsIsAConflict() {
		ContractSummary contract = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractor(), today())));

		assertThatExceptionOfType(IllegalContractTransition.class)
			.isThrownBy(() -> asMember(() -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.RENEWED)));
		assertThat(asMember(() -> this.contracts.get(contract.id())).status()).isEqualTo(ContractStatus.DRAFT);
	}

	@Test
	void anUpdateKeepsTheContractorAndTheAmendedContract() {
		UUID contractorId = contractor();
		ContractSummary contract = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractorId, today())));
		ContractDetails elsewhere = new ContractDetails(contractor(), ContractKind.NDA, "別の委託先へ", null, "相手方", today(),
				null, false, null, null, null, UUID.randomUUID());

		ContractSummary updated = asMember(() -> this.contracts.update(contract.id(), 0, elsewhere));

		assertThat(updated.contractorId()).isEqualTo(contractorId);
		assertThat(updated.amendsId()).isNull();
		assertThat(updated.kind()).isEqualTo(ContractKind.NDA);
	}

	@Test
	void anAmendmentIsListedOnTheContractItChanges() {
		UUID contractorId = contractor();
		ContractSummary original = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractorId, today())));

		ContractSummary amendment = asMember(() -> this.contracts.register(amendmentOf(original, contractorId)));

		assertThat(amendment.amendsId()).isEqualTo(original.id());
		assertThat(asMember(() -> this.contracts.amendmentsOf(original.id()))).extracting(ContractSummary::id)
			.containsExactly(amendment.id());
	}

	@Test
	void anAmendmentOfAnotherContractorsContractIsRefused() {
		ContractSummary original = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractor(), today())));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> asMember(() -> this.contracts.register(amendmentOf(original, contractor()))))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::messageKey)
				.containsExactly("contract.validation.amends"));
	}

	@Test
	void aContractorAccountSeesOnlyItsOwnCompanysContracts() {
		UUID own = contractor();
		ContractSummary mine = asMember(() -> this.contracts.register(ContractFixtures.renewing(own, today())));
		ContractSummary theirs = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractor(), today())));

		ContractFixtures.asRepresentative(own, () -> {
			assertThat(this.contracts.find(mine.id())).isPresent();
			assertThat(this.contracts.find(theirs.id())).isEmpty();
			assertThat(this.contracts.search(ContractQuery.all(), Pageable.ofSize(100)))
				.extracting(ContractSummary::contractorId)
				.containsOnly(own);
			return null;
		});
	}

	@Test
	void recordingCoverageOfAnUnknownContractIsRefused() {
		assertThatExceptionOfType(ContractNotFound.class)
			.isThrownBy(() -> this.contracts.recordCoverage(UUID.randomUUID(), 1, 1, 0));
	}

}
