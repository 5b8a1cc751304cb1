package jp.itaku.clausecheck;

import java.util.List;

import jp.itaku.clausecheck.ClauseCheckResult.Passage;
import jp.itaku.clausecheck.PassageHighlights.PassageView;
import jp.itaku.clausecheck.PassageHighlights.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the views mark the passages the findings cite. */
class PassageHighlightsTests {

	@Test
	void marksTheCitedSentenceWithTheIdsCitingIt() {
		PassageHighlights highlights = new PassageHighlights(
				List.of(finding("R01", ClauseVerdict.PRESENT, "第2条", "再委託してはならない。")));

		PassageView view = highlights.view(new Passage("第2条", "乙は、再委託してはならない。ただし書がある。", false));

		assertThat(view.segments()).containsExactly(new Segment("乙は、", false, List.of()),
				new Segment("再委託してはならない。", true, List.of("R01")), new Segment("ただし書がある。", false, List.of()));
	}

	@Test
	void overlappingExcerptsOfTwoItemsMarkTheSharedPartWithBoth() {
		PassageHighlights highlights = new PassageHighlights(
				List.of(finding("N04", ClauseVerdict.PARTIAL, "第3条", "ABC"),
						finding("N06", ClauseVerdict.PRESENT, "第3条", "BCD")));

		PassageView view = highlights.view(new Passage("第3条", "ABCDE", false));

		assertThat(view.segments()).containsExactly(new Segment("A", true, List.of("N04")),
				new Segment("BC", true, List.of("N04", "N06")), new Segment("D", true, List.of("N06")),
				new Segment("E", false, List.of()));
	}

	@Test
	void anchorsEachItemAtItsFirstPassageOnly() {
		PassageHighlights highlights = new PassageHighlights(
				List.of(finding("N08", ClauseVerdict.PRESENT, "第5条", "通知する"),
						finding("N08", ClauseVerdict.PRESENT, "第9条", "報告する")));

		assertThat(highlights.view(new Passage("第5条", "直ちに通知する。", false)).anchors()).containsExactly("N08");
		assertThat(highlights.view(new Passage("第9条", "書面で報告する。", false)).anchors()).isEmpty();
	}

	@Test
	void leavesAbsentFindingsUnmarked() {
		PassageHighlights highlights = new PassageHighlights(
				List.of(finding("D08", ClauseVerdict.ABSENT, "第1条", "目的")));

		PassageView view = highlights.view(new Passage("第1条", "目的を定める。", false));

		assertThat(view.segments()).containsExactly(new Segment("目的を定める。", false, List.of()));
		assertThat(view.anchors()).isEmpty();
	}

	@Test
	void namesTheItemsWhoseTruncatedSentenceIsNotInThePassage() {
		PassageHighlights highlights = new PassageHighlights(
				List.of(finding("S08", ClauseVerdict.PRESENT, "第6条", "別の文です…")));

		PassageView view = highlights.view(new Passage("第6条", "事故のときは連絡する。", false));

		assertThat(view.unplaced()).containsExactly("S08");
		assertThat(view.anchors()).containsExactly("S08");
	}

	private static RequirementFinding finding(String id, ClauseVerdict verdict, String article, String excerpt) {
		return new RequirementFinding(id, verdict, 0.9, List.of(new ClauseEvidence(article, excerpt, "rule")));
	}

}
