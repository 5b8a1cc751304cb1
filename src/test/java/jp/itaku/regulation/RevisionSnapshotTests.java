package jp.itaku.regulation;

import java.util.List;

import jp.itaku.regulation.RegulationText.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionSnapshotTests {

	private static final List<Section> BASE = List.of(new Section("1", "趣旨", "本規程は委託先の管理を定める。", 1),
			new Section("4.1", "選定", "委託先を選定する。\n基準を定める。", 2));

	@Test
	void rendersSectionsSoThatParsingGivesThemBack() {
		assertThat(RegulationText.parse(RegulationText.render(BASE))).isEqualTo(BASE);
	}

	@Test
	void freezesTheChangedLinesAndTheHashOfTheWholeText() {
		String proposed = RegulationText.render(BASE).replace("基準を定める。", "基準を定め、年1回見直す。");
		String snapshot = RevisionSnapshot.of(request(proposed), BASE, 20000);
		assertThat(snapshot).contains("■ 4.1 選定（変更）", "- 基準を定める。", "+ 基準を定め、年1回見直す。",
				"提案本文 SHA-256: " + RevisionSnapshot.sha256(proposed.strip()));
		assertThat(snapshot).doesNotContain("本規程は委託先の管理を定める。");
	}

	@Test
	void findsNoChangeWhenTheTextIsAsInForce() {
		assertThat(RevisionSnapshot.changes(BASE, RegulationText.render(BASE))).isEmpty();
	}

	@Test
	void shortensALongSnapshotAndSaysSo() {
		String proposed = RegulationText.render(BASE).replace("基準を定める。", "長い文。".repeat(2000));
		String snapshot = RevisionSnapshot.of(request(proposed), BASE, 1000);
		assertThat(snapshot).hasSizeLessThanOrEqualTo(1000).endsWith("全文は変更申請の画面を参照）");
	}

	private static ChangeRequest request(String text) {
		return new ChangeRequest(new ChangeRequestForm("4.1 の見直し", "年1回の見直しを明記する", text, null, null), 1, "member",
				java.time.Instant.parse("2026-11-26T00:00:00Z"));
	}

}
