package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.Page;

import static jp.itaku.contract.ContractFixtures.as;
import static jp.itaku.contract.ContractFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * S02 (規程 4.2(1)③ 標準化されたプロセス及びライフサイクル): the contractors' life cycle and their contracts
 * agree. Other tests share the database, so each test looks for its own contractor in the
 * assessment rather than for the overall status.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractComplianceTests {

	@Autowired
	ContractCompliance compliance;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	Clock clock;

	private Contractor contractor(String name, ContractorStatus... path) {
		Contractor contractor = asMember(() -> this.contractors.register(ContractFixtures.contractor(name)));
		long version = contractor.getVersion();
		for (ContractorStatus status : path) {
			long at = version;
			// imported statuses skip the selection guard: these tests are about contracts
			version = as("admin",
					() -> this.contractors.recordImportedStatus(contractor.contractorId(), at, status, "テスト"),
					Role.ADMIN)
				.getVersion();
		}
		return this.contractors.find(new ContractorId(contractor.getId())).orElseThrow();
	}

	private void concludedContractWith(Contractor contractor) {
		LocalDate today = LocalDate.now(this.clock);
		ContractSummary contract = asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractor.getId(), today.minusMonths(1))));
		asMember(() -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.CONCLUDED));
	}

	private RequirementAssessment s02() {
		return asMember(() -> this.compliance.assess()).stream()
			.filter((assessment) -> assessment.requirementId().equals("S02"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aContractorUnderContractWithoutAContractInEffectIsAGapNamedAndLinked() {
		Contractor bare = contractor("0契約書なし株式会社", ContractorStatus.SELECTED, ContractorStatus.CONTRACTED);

		RequirementAssessment s02 = s02();

		assertThat(s02.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(s02.detail()).contains("0契約書なし株式会社");
		assertThat(s02.links()).contains("/contractors/" + bare.getId() + "?tab=contracts");
	}

	@Test
	void aContractInEffectCoversItsContractor() {
		Contractor covered = contractor("0契約書あり株式会社", ContractorStatus.SELECTED, ContractorStatus.CONTRACTED);
		concludedContractWith(covered);

		assertThat(s02().detail()).doesNotContain("0契約書あり株式会社");
	}

	@Test
	void aContractInEffectWithASuspendedContractorIsAGap() {
		Contractor suspended = contractor("0停止中株式会社", ContractorStatus.SELECTED, ContractorStatus.CONTRACTED);
		concludedContractWith(suspended);
		as("admin", () -> this.contractors.recordImportedStatus(suspended.contractorId(), suspended.getVersion(),
				ContractorStatus.SUSPENDED, "テスト"), Role.ADMIN);

		RequirementAssessment s02 = s02();

		assertThat(s02.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(s02.detail()).contains("0停止中株式会社");
		assertThat(s02.links()).contains("/contractors/" + suspended.getId() + "?tab=contracts");
	}

	@Test
	void aSelectedContractorMayHoldAContract() {
		Contractor selected = contractor("0選定済株式会社", ContractorStatus.SELECTED);
		concludedContractWith(selected);

		assertThat(s02().detail()).doesNotContain("0選定済株式会社");
	}

	@Test
	void withLifeCycleAndContractsInAgreementS02IsOk() {
		ContractRepository repository = mock(ContractRepository.class);
		Contractors none = mock(Contractors.class);
		when(repository.findContractorsWithActiveContracts()).thenReturn(List.of());
		when(none.search(any(), any())).thenReturn(Page.empty());
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);

		List<RequirementAssessment> assessed = new ContractCompliance(repository, none, messages).assess();

		assertThat(assessed).singleElement().satisfies((s02) -> {
			assertThat(s02.requirementId()).isEqualTo("S02");
			assertThat(s02.status()).isEqualTo(ComplianceStatus.OK);
		});
	}

}
