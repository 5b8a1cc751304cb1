package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

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
	void recordingCoverageOfAnUnknownContractIsRefused() {
		assertThatExceptionOfType(ContractNotFound.class)
			.isThrownBy(() -> this.contracts.recordCoverage(UUID.randomUUID(), 1, 1, 0));
	}

}
