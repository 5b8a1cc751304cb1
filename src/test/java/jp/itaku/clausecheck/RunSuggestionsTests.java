package jp.itaku.clausecheck;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.itaku.clause.CheckSuggestion;
import jp.itaku.clause.CheckSuggestion.SuggestedFinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run offers the contract's checklist (規程 4.2): each verdict with its article. */
class RunSuggestionsTests {

	private static final ClauseCheckRun RUN = new ClauseCheckRun(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), UUID.randomUUID(), "契約書.docx", "ab".repeat(32), Instant.EPOCH, "member",
			ClauseCheckRun.CHECKED, null, 2, 5, 1, 1, 1, "digest");

	@Test
	void offersEachVerdictWithTheArticleOfItsFirstEvidence() {
		CheckSuggestion suggestion = RunSuggestions.suggestion(RUN,
				List.of(finding("R01", ClauseVerdict.PRESENT, "第2条", "第5条"),
						finding("N08", ClauseVerdict.PARTIAL, "第3条第2項"), finding("D08", ClauseVerdict.ABSENT)));

		assertThat(suggestion.items()).containsExactly(
				new SuggestedFinding("R01", jp.itaku.clause.ClauseVerdict.PRESENT, "第2条", 0.9),
				new SuggestedFinding("N08", jp.itaku.clause.ClauseVerdict.PARTIAL, "第3条第2項", 0.9),
				new SuggestedFinding("D08", jp.itaku.clause.ClauseVerdict.ABSENT, "", 0.9));
	}

	@Test
	void linksTheRunsHighlightedView() {
		CheckSuggestion suggestion = RunSuggestions.suggestion(RUN, List.of());

		assertThat(suggestion.link()).isEqualTo("/contracts/" + RUN.contractId() + "/clause-checks/" + RUN.id());
		assertThat(suggestion.runId()).isEqualTo(RUN.id());
		assertThat(suggestion.documentSha256()).isEqualTo(RUN.documentSha256());
	}

	private static RequirementFinding finding(String id, ClauseVerdict verdict, String... articles) {
		return new RequirementFinding(id, verdict, 0.9,
				List.of(articles).stream().map((article) -> new ClauseEvidence(article, "…", "rule")).toList());
	}

}
