package jp.itaku.clause;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.clause.CheckSuggestion.SuggestedFinding;
import jp.itaku.contract.ContractKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automatic check's suggestion on a checklist, without Spring: it never changes a
 * recorded finding or the counts, skips items that do not apply, and a newer check
 * replaces it.
 */
class ChecklistSuggestionTests {

	private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

	/** An NDA's checklist where N01–N10 apply, N01 recorded present. */
	private static ClauseChecklist nda() {
		ChecklistSubject subject = new ChecklistSubject("contract", UUID.randomUUID(), UUID.randomUUID(),
				ContractKind.NDA, Set.of(), Set.of(), "/contracts/x");
		ClauseChecklist checklist = new ClauseChecklist(subject);
		checklist.derive(subject, Set.copyOf(ClauseItems.CONTRACT_ITEMS.subList(0, 10)), "member", NOW);
		checklist.record("N01", ClauseVerdict.PRESENT, "第2条", null);
		checklist.recount((item) -> false);
		return checklist;
	}

	private static CheckSuggestion check(SuggestedFinding... items) {
		UUID run = UUID.randomUUID();
		return new CheckSuggestion(run, "秘密保持契約書.pdf", "ab".repeat(32), "/clause-checks/runs/" + run, List.of(items));
	}

	private static void apply(ClauseChecklist checklist, CheckSuggestion suggestion) {
		checklist.suggest(SuggestionSource.of(suggestion, NOW),
				EntrySuggestion.byItem(suggestion.runId(), suggestion.items()));
		checklist.recount((item) -> false);
	}

	private static SuggestedFinding finding(String item, ClauseVerdict verdict, String article) {
		return new SuggestedFinding(item, verdict, article, 0.8);
	}

	@Test
	void aSuggestionLeavesTheRecordedFindingsAndTheCountsAsTheyWere() {
		ClauseChecklist checklist = nda();

		apply(checklist,
				check(finding("N01", ClauseVerdict.ABSENT, null), finding("N02", ClauseVerdict.PRESENT, "第3条第1項")));

		assertThat(checklist.entry("N01").verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(checklist.entry("N02").verdict()).isNull();
		assertThat(checklist.entry("N02").suggestion().verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(checklist.getPresentCount()).isEqualTo(1);
		assertThat(checklist.getUnreviewedCount()).isEqualTo(9);
	}

	@Test
	void itemsThatDoNotApplyTakeNoSuggestion() {
		ClauseChecklist checklist = nda();

		apply(checklist, check(finding("D01", ClauseVerdict.PRESENT, "第5条"),
				finding("S01", ClauseVerdict.PRESENT, "第6条"), finding("N03", ClauseVerdict.PARTIAL, "第4条")));

		assertThat(checklist.entry("D01").suggestion()).isNull();
		assertThat(checklist.entry("N03").suggestion().verdict()).isEqualTo(ClauseVerdict.PARTIAL);
	}

	@Test
	void aNewerCheckReplacesTheEarlierSuggestion() {
		ClauseChecklist checklist = nda();
		apply(checklist, check(finding("N02", ClauseVerdict.PRESENT, "第3条")));
		CheckSuggestion newer = check(finding("N03", ClauseVerdict.ABSENT, null));

		apply(checklist, newer);

		assertThat(checklist.entry("N02").suggestion()).isNull();
		assertThat(checklist.entry("N03").suggestion().runId()).isEqualTo(newer.runId());
		assertThat(checklist.getSuggestion().runId()).isEqualTo(newer.runId());
	}

	@Test
	void onlyTheVerdictsACheckGivesAreTakenAndTheFirstPerItem() {
		var byItem = EntrySuggestion.byItem(UUID.randomUUID(),
				List.of(finding("N01", ClauseVerdict.NOT_APPLICABLE, null), finding("N02", null, null),
						finding("N03", ClauseVerdict.ABSENT, null), finding("N03", ClauseVerdict.PRESENT, "第1条")));

		assertThat(byItem).containsOnlyKeys("N03");
		assertThat(byItem.get("N03").verdict()).isEqualTo(ClauseVerdict.ABSENT);
	}

	@Test
	void aLinkOutsideItakuIsNotKept() {
		CheckSuggestion outside = new CheckSuggestion(UUID.randomUUID(), "a.pdf", null, "javascript:alert(1)",
				List.of());

		assertThat(SuggestionSource.of(outside, NOW).link()).isNull();
	}

	@Test
	void aDecisionOnASuggestedItemIsLabelledWithBothVerdicts() {
		ClauseChecklist checklist = nda();
		apply(checklist, check(finding("N02", ClauseVerdict.ABSENT, null)));

		ClauseCheckLabel label = new ClauseCheckLabel(checklist, checklist.entry("N02"), ClauseVerdict.PRESENT, "第3条",
				"member", NOW);

		CheckLabelView view = label.view();
		assertThat(view.documentName()).isEqualTo("秘密保持契約書.pdf");
		assertThat(view.suggestedVerdict()).isEqualTo(ClauseVerdict.ABSENT);
		assertThat(view.verdict()).isEqualTo(ClauseVerdict.PRESENT);
		assertThat(view.corrected()).isTrue();
		assertThat(view.runId()).isEqualTo(checklist.getSuggestion().runId());
	}

	@Test
	void confirmingTheVerdictAndArticleIsNotACorrectionWhateverTheWidth() {
		assertThat(ClauseCheckLabel.corrects(ClauseVerdict.PRESENT, "第8条第2項", ClauseVerdict.PRESENT, "第８条 第2項"))
			.isFalse();
	}

	@Test
	void anotherVerdictIsACorrection() {
		assertThat(ClauseCheckLabel.corrects(ClauseVerdict.PARTIAL, "第8条", ClauseVerdict.PRESENT, "第8条")).isTrue();
	}

	@Test
	void anotherArticleForAClauseTheContractHoldsIsACorrection() {
		assertThat(ClauseCheckLabel.corrects(ClauseVerdict.PRESENT, "第8条", ClauseVerdict.PRESENT, "第9条")).isTrue();
	}

	@Test
	void theArticleOfAnAbsentClauseDoesNotMatter() {
		assertThat(ClauseCheckLabel.corrects(ClauseVerdict.ABSENT, null, ClauseVerdict.ABSENT, "第9条")).isFalse();
	}

}
