package jp.itaku.clause;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractReviewGate;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.SupplierType;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;

import static jp.itaku.clause.ClauseFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review gate (規程 4.2, 4.3(1)): a contract cannot be marked reviewed while an
 * applicable item is not reviewed or unresolved; an amendment (a verified corrective
 * action) resolves a missing item.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChecklistReviewGateTests {

	@Autowired
	List<ContractReviewGate> gates;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	ChecklistCorrections corrections;

	@Autowired
	CorrectiveActions actions;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	private ContractReviewGate gate() {
		return this.gates.stream().filter(ChecklistReviewGate.class::isInstance).findFirst().orElseThrow();
	}

	private ContractSummary nda() {
		return ClauseFixtures.concluded(this.contractors, this.contracts, ContractKind.NDA, Set.of(SupplierType.OTHER),
				Set.of(AccessKind.NONE));
	}

	private ChecklistView allPresentBut(ContractSummary contract, String missing) {
		ChecklistView checklist = this.checklists.find("contract", contract.id()).orElseThrow();
		List<ItemFinding> findings = ClauseFixtures.allPresent(checklist)
			.stream()
			.map((f) -> f.requirementId().equals(missing) ? ClauseFixtures.found(missing, ClauseVerdict.ABSENT) : f)
			.toList();
		return as("member", () -> this.checklists.record("contract", contract.id(), checklist.version(), findings),
				Role.MEMBER);
	}

	@Test
	void itemsNotReviewedAreOpenPointsNamingThem() {
		ContractSummary contract = nda();

		assertThat(gate().openPoints(contract.id())).singleElement()
			.asString()
			.contains("10 required items are not reviewed")
			.contains("N01")
			.contains("N10");
	}

	@Test
	void anAbsentItemIsAnOpenPointUntilResolved() {
		ContractSummary contract = nda();
		allPresentBut(contract, "N08");

		assertThat(gate().openPoints(contract.id())).singleElement().asString().startsWith("N08 is still \"Absent\"");
	}

	@Test
	void aCompleteChecklistHasNoOpenPoints() {
		ContractSummary contract = nda();
		allPresentBut(contract, "none");

		assertThat(gate().openPoints(contract.id())).isEmpty();
	}

	@Test
	void theItemIsResolvedOnceItsCorrectiveActionIsVerified() {
		ContractSummary contract = nda();
		ChecklistView recorded = allPresentBut(contract, "N08");
		UUID actionId = as("member", () -> this.corrections.open("contract", contract.id(), recorded.version(), "N08",
				"N08 を変更契約で追加", "member", this.contracts.today().plusDays(14)), Role.MEMBER);
		assertThat(gate().openPoints(contract.id())).singleElement().asString().contains("awaits verification");

		as("member", () -> this.actions.start(actionId, 0), Role.MEMBER);
		as("member", () -> this.actions.markDone(actionId, 1, "変更契約を締結"), Role.MEMBER);
		as("committee", () -> this.actions.verify(actionId, 2, "変更契約を確認"), Role.COMMITTEE);

		assertThat(gate().openPoints(contract.id())).isEmpty();
		ChecklistItemView item = this.checklists.find("contract", contract.id())
			.orElseThrow()
			.item("N08")
			.orElseThrow();
		assertThat(item.resolved()).isTrue();
		assertThat(item.verdict()).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void anItemWithOnlyTheAutomaticChecksSuggestionIsStillNotReviewed() {
		ContractSummary contract = nda();
		ChecklistView checklist = this.checklists.find("contract", contract.id()).orElseThrow();
		List<ItemFinding> allButN08 = ClauseFixtures.allPresent(checklist)
			.stream()
			.filter((f) -> !f.requirementId().equals("N08"))
			.toList();
		as("member", () -> this.checklists.record("contract", contract.id(), checklist.version(), allButN08),
				Role.MEMBER);

		this.checklists.suggest("contract", contract.id(), ClauseFixtures.suggestion(ClauseFixtures.document(),
				ClauseFixtures.suggested("N08", ClauseVerdict.PRESENT, "第8条")));

		assertThat(gate().openPoints(contract.id())).singleElement()
			.asString()
			.contains("1 required items are not reviewed")
			.contains("N08");
	}

}
