package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.clause.ChecklistSubject;
import jp.itaku.clause.ChecklistView;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractSection;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractor;
import jp.itaku.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A request made under a contract (規程 4.2(3)): the contract must be the contractor's own,
 * the flowed-down checklist follows the contract's kind, and the contract page lists the
 * requests made under it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubcontractingUnderContractTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Subcontracting subcontracting;

	@Test
	void theFlowedDownChecklistIsPreparedForTheSubcontractWithTheContractsKind() {
		Contractor contractor = SubcontractingFixtures.company(this.context, "契約下元株式会社");
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "契約下先株式会社");
		ContractSummary contract = contract(contractor.getId(), ContractKind.DEVELOPMENT);

		SubcontractingView filed = this.subcontracting.request(underContract(contractor, subcontractor, contract));

		assertThat(filed.contractKind()).isEqualTo(ContractKind.DEVELOPMENT);
		ChecklistView checklist = this.context.getBean(ClauseChecklists.class)
			.find(ChecklistSubject.SUBCONTRACT, filed.id())
			.orElseThrow();
		assertThat(checklist.items()).anyMatch((item) -> item.requirementId().equals("R01") && item.applicable());
	}

	@Test
	void aContractOfAnotherContractorIsRefused() {
		Contractor contractor = SubcontractingFixtures.company(this.context, "他契約元株式会社");
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "他契約先株式会社");
		ContractSummary theirs = contract(subcontractor.getId(), ContractKind.OUTSOURCING);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.subcontracting.request(underContract(contractor, subcontractor, theirs)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("contractId"));
	}

	@Test
	void theContractPagesSubcontractingSectionListsTheRequestsMadeUnderIt() {
		Contractor contractor = SubcontractingFixtures.company(this.context, "契約頁元株式会社");
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "契約頁先株式会社");
		ContractSummary contract = contract(contractor.getId(), ContractKind.MAINTENANCE);
		this.subcontracting.request(underContract(contractor, subcontractor, contract));

		assertThat(this.context.getBeansOfType(ContractSection.class).values())
			.anyMatch((section) -> section.fragment().equals("subcontracting/contract-section"));
		assertThat(this.context.getBean(SubcontractingTab.class).underContract(contract.id()))
			.extracting(SubcontractingView::subcontractorName)
			.containsExactly("契約頁先株式会社");
	}

	private ContractSummary contract(UUID contractorId, ContractKind kind) {
		return this.context.getBean(Contracts.class)
			.register(new ContractDetails(contractorId, kind, "再委託テスト契約",
					"S-" + UUID.randomUUID().toString().substring(0, 8), "相手方", LocalDate.of(2026, 4, 1),
					LocalDate.of(2027, 3, 31), false, null, null, null, null));
	}

	private static SubcontractingInput underContract(Contractor contractor, Contractor subcontractor,
			ContractSummary contract) {
		SubcontractingInput input = SubcontractingFixtures.input(contractor.getId(), subcontractor.getId());
		return new SubcontractingInput(contractor.getId(), contract.id(), subcontractor.getId(), null, input.work(),
				input.information(), input.classification(), input.securityMeasures(), input.periodFrom(),
				input.periodTo());
	}

}
