package jp.itaku.clause;

import java.util.List;
import java.util.UUID;

import jp.itaku.audittrail.AuditEntryView;
import jp.itaku.audittrail.AuditTrail;
import jp.itaku.audittrail.AuditTrailQuery;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import jp.itaku.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;

import static jp.itaku.clause.ClauseFixtures.as;
import static jp.itaku.clause.ClauseFixtures.document;
import static jp.itaku.clause.ClauseFixtures.present;
import static jp.itaku.clause.ClauseFixtures.suggested;
import static jp.itaku.clause.ClauseFixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The automatic check's suggestion through the facade (issue 7): stored without touching
 * the findings, under optimistic locking, and every reviewer decision on it kept as
 * labelled data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckSuggestionsTests {

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	ClauseCheckLabels labels;

	@Autowired
	ClauseCheckLabelRepository labelRows;

	@Autowired
	Contracts contracts;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	Contractors contractors;

	private ContractSummary nda() {
		return ClauseFixtures.nda(this.contractors, this.contracts);
	}

	private ChecklistView checklistOf(ContractSummary contract) {
		return this.checklists.find("contract", contract.id()).orElseThrow();
	}

	private ChecklistView record(ContractSummary contract, ItemFinding... findings) {
		return as("member", () -> this.checklists.record("contract", contract.id(), checklistOf(contract).version(),
				List.of(findings)), Role.MEMBER);
	}

	private List<CheckLabelView> labelsOf(ContractSummary contract) {
		return this.labelRows.findAll()
			.stream()
			.map(ClauseCheckLabel::view)
			.filter((label) -> label.subjectId().equals(contract.id()))
			.toList();
	}

	@Test
	void theChecklistShowsTheSuggestionButKeepsTheItemNotReviewed() {
		ContractSummary contract = nda();
		String name = document();

		ChecklistView view = this.checklists.suggest("contract", contract.id(),
				suggestion(name, suggested("N02", ClauseVerdict.ABSENT, null)));

		ChecklistItemView n02 = view.item("N02").orElseThrow();
		assertThat(n02.verdict()).isNull();
		assertThat(n02.suggestion().verdict()).isEqualTo(ClauseVerdict.ABSENT);
		assertThat(n02.suggestion().link()).endsWith("#N02");
		assertThat(view.unreviewed()).isEqualTo(10);
		assertThat(view.checkedDocument().name()).isEqualTo(name);
	}

	@Test
	void aSuggestionBumpsTheVersionSoAStaleSaveIsRefused() {
		ContractSummary contract = nda();
		long read = checklistOf(contract).version();

		this.checklists.suggest("contract", contract.id(), suggestion(document()));

		assertThatExceptionOfType(StaleChecklistVersion.class).isThrownBy(() -> as("member",
				() -> this.checklists.record("contract", contract.id(), read, List.of(present("N01", "第1条"))),
				Role.MEMBER));
	}

	@Test
	void theSameRunOfferedAgainChangesNothing() {
		ContractSummary contract = nda();
		CheckSuggestion once = suggestion(document(), suggested("N01", ClauseVerdict.PRESENT, "第1条"));
		long version = this.checklists.suggest("contract", contract.id(), once).version();

		assertThat(this.checklists.suggest("contract", contract.id(), once).version()).isEqualTo(version);
	}

	@Test
	void aSubjectWithoutChecklistIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.checklists.suggest("contract", UUID.randomUUID(), suggestion(document())));
	}

	@Test
	void recordingASuggestedItemKeepsTheDecisionAsALabel() {
		ContractSummary contract = nda();
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N02", ClauseVerdict.ABSENT, null)));

		record(contract, present("N02", "第3条第2項"));

		assertThat(labelsOf(contract)).singleElement().satisfies((label) -> {
			assertThat(label.requirementId()).isEqualTo("N02");
			assertThat(label.suggestedVerdict()).isEqualTo(ClauseVerdict.ABSENT);
			assertThat(label.verdict()).isEqualTo(ClauseVerdict.PRESENT);
			assertThat(label.article()).isEqualTo("第3条第2項");
			assertThat(label.corrected()).isTrue();
			assertThat(label.reviewer()).isEqualTo("member");
		});
	}

	@Test
	void anItemWithoutSuggestionIsNotLabelled() {
		ContractSummary contract = nda();
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N02", ClauseVerdict.ABSENT, null)));

		record(contract, present("N01", "第1条"));

		assertThat(labelsOf(contract)).isEmpty();
	}

	@Test
	void aLaterDecisionAddsARowAndTheListKeepsTheLatest() {
		ContractSummary contract = nda();
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N02", ClauseVerdict.PRESENT, "第3条")));
		record(contract, present("N02", "第3条"));

		record(contract, ClauseFixtures.found("N02", ClauseVerdict.PARTIAL));

		assertThat(labelsOf(contract)).hasSize(2);
		List<CheckLabelView> latest = this.labels.page(new ClauseCheckLabels.LabelQuery(null, false), 0, 100)
			.getContent()
			.stream()
			.filter((label) -> label.subjectId().equals(contract.id()))
			.toList();
		assertThat(latest).singleElement().satisfies((label) -> {
			assertThat(label.verdict()).isEqualTo(ClauseVerdict.PARTIAL);
			assertThat(label.corrected()).isTrue();
		});
	}

	@Test
	void savingTheSameDecisionAgainAddsNoRow() {
		ContractSummary contract = nda();
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N02", ClauseVerdict.PRESENT, "第3条")));
		record(contract, present("N02", "第3条"));

		record(contract, present("N02", "第3条"));

		assertThat(labelsOf(contract)).singleElement().satisfies((label) -> assertThat(label.corrected()).isFalse());
	}

	@Test
	void aFindingRecordedBeforeTheSuggestionIsLabelledWhenSavedAgain() {
		ContractSummary contract = nda();
		record(contract, present("N02", "第3条"));
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N02", ClauseVerdict.ABSENT, null)));

		record(contract, present("N02", "第3条"));

		assertThat(labelsOf(contract)).singleElement().satisfies((label) -> assertThat(label.corrected()).isTrue());
	}

	@Test
	void theSuggestionAndTheDecisionsOnItAreInTheAuditTrail() {
		ContractSummary contract = nda();
		String name = document();
		this.checklists.suggest("contract", contract.id(),
				suggestion(name, suggested("N02", ClauseVerdict.ABSENT, null)));

		record(contract, present("N02", "第3条"));

		List<AuditEntryView> entries = this.auditTrail
			.search(new AuditTrailQuery("clause-checklist", "contract:" + contract.id(), null, null, null),
					Pageable.ofSize(20))
			.getContent();
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("SUGGESTED");
			assertThat(entry.changes()).contains(name).contains("absent 1");
		});
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("FINDINGS_RECORDED");
			assertThat(entry.changes()).contains("labelled " + name + ": N02 corrected");
		});
	}

}
