package jp.itaku.clause;

import java.util.List;
import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import jp.itaku.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static jp.itaku.clause.ClauseFixtures.as;
import static jp.itaku.clause.ClauseFixtures.found;
import static jp.itaku.clause.ClauseFixtures.present;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checklist as the contract page and other modules use it: prepared with the
 * contract, findings recorded under optimistic locking, findings kept across
 * re-derivation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseChecklistsTests {

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	private ContractSummary development() {
		return ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.DEVELOPMENT,
				Set.of(SupplierType.SOFTWARE_DEVELOPMENT), Set.of(AccessKind.VIEW));
	}

	private ChecklistView checklistOf(ContractSummary contract) {
		return this.checklists.find(ChecklistSubject.CONTRACT, contract.id()).orElseThrow();
	}

	@Test
	void aRegisteredContractHasItsChecklistWithTheItemsTheMatrixApplies() {
		ChecklistView checklist = checklistOf(development());

		assertThat(checklist.items()).hasSize(33);
		assertThat(checklist.item("D08").orElseThrow().applicable()).isTrue();
		assertThat(checklist.item("N01").orElseThrow().applicable()).isTrue();
		// every item but S13 (transition): nothing moves in a development contract
		assertThat(checklist.item("S13").orElseThrow().applicable()).isFalse();
		assertThat(checklist.applicable()).isEqualTo(32);
		assertThat(checklist.unreviewed()).isEqualTo(32);
	}

	@Test
	void recordedFindingsCountTowardsCoverage() {
		ContractSummary contract = development();
		ChecklistView before = checklistOf(contract);

		ChecklistView after = as("member", () -> this.checklists.record("contract", contract.id(), before.version(),
				List.of(present("N01", "第3条第1項"), found("D08", ClauseVerdict.ABSENT))), Role.MEMBER);

		assertThat(after.present()).isEqualTo(1);
		assertThat(after.unresolved()).isEqualTo(1);
		assertThat(after.item("N01").orElseThrow().article()).isEqualTo("第3条第1項");
		assertThat(after.version()).isGreaterThan(before.version());
	}

	@Test
	void aStaleVersionIsRefusedAndChangesNothing() {
		ContractSummary contract = development();
		long read = checklistOf(contract).version();
		as("member", () -> this.checklists.record("contract", contract.id(), read, List.of(present("N01", null))),
				Role.MEMBER);

		assertThatExceptionOfType(StaleChecklistVersion.class).isThrownBy(() -> as("member2", () -> this.checklists
			.record("contract", contract.id(), read, List.of(found("N01", ClauseVerdict.ABSENT))), Role.MEMBER));
		assertThat(checklistOf(contract).item("N01").orElseThrow().verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void anArticleLongerThanTheLimitIsRefused() {
		ContractSummary contract = development();
		long read = checklistOf(contract).version();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("member",
					() -> this.checklists.record("contract", contract.id(), read,
							List.of(present("N01", "第1条".repeat(30)))),
					Role.MEMBER))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("findings[0].article"));
	}

	@Test
	void aFindingOnAnItemThatDoesNotApplyIsRefused() {
		ContractSummary nda = ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.NDA,
				Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE));
		long read = checklistOf(nda).version();

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> as("member",
				() -> this.checklists.record("contract", nda.id(), read, List.of(present("D01", null))), Role.MEMBER));
	}

	@Test
	void prepareIsIdempotentAndKeepsFindings() {
		ContractSummary contract = development();
		ChecklistView recorded = as("member", () -> this.checklists.record("contract", contract.id(),
				checklistOf(contract).version(), List.of(present("N02", "第5条"))), Role.MEMBER);

		ChecklistView again = this.checklists
			.prepare(new ChecklistSubject("contract", contract.id(), contract.contractorId(), ContractKind.DEVELOPMENT,
					Set.of(SupplierType.SOFTWARE_DEVELOPMENT), Set.of(AccessKind.VIEW), "/contracts/" + contract.id()));

		assertThat(again.version()).isEqualTo(recorded.version());
		assertThat(again.item("N02").orElseThrow().verdict()).isEqualTo(ClauseVerdict.PRESENT);
	}

	@Test
	void aSubcontractChecklistIsPreparedForItsSubject() {
		ContractSummary contract = development();
		ChecklistView flowedDown = this.checklists.prepare(new ChecklistSubject("subcontract",
				java.util.UUID.randomUUID(), contract.contractorId(), ContractKind.OUTSOURCING,
				Set.of(SupplierType.LOGISTICS), Set.of(AccessKind.NONE), "/subcontracting/x"));

		assertThat(flowedDown.applicable()).isEqualTo(4);
		assertThat(flowedDown.items().stream().filter(ChecklistItemView::applicable))
			.extracting(ChecklistItemView::requirementId)
			.containsExactly("S13", "Q01", "Q02", "R01");
	}

}
