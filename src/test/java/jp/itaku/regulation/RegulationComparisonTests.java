package jp.itaku.regulation;

import java.util.List;

import jp.itaku.regulation.RegulationComparison.Change;
import jp.itaku.regulation.RegulationComparison.RequirementChange;
import jp.itaku.regulation.RegulationComparison.Row;
import jp.itaku.regulation.RegulationText.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegulationComparisonTests {

	private static final Requirement S01 = new Requirement("S01", "4.2(1)③", "contract-clause", "供給者の種類を特定する",
			"A.5.19");

	private static final Requirement S02 = new Requirement("S02", "4.2(1)③", "contract-clause", "アクセスの種類を定める",
			"A.5.19");

	@Test
	void marksOnlyTheChangedLineOfASection() {
		var change = RegulationComparison.compare("4.1", new Section("4.1", "選定", "一行目\n二行目", 1),
				new Section("4.1", "選定", "一行目\n改めた二行目", 1));
		assertThat(change.change()).isEqualTo(Change.CHANGED);
		assertThat(change.rows()).containsExactly(new Row("一行目", "一行目", false), new Row("二行目", "改めた二行目", true));
	}

	@Test
	void aSectionOnlyInTheNewerVersionIsAdded() {
		var change = RegulationComparison.compare("10", null, new Section("10", "附則", "本文", 18));
		assertThat(change.change()).isEqualTo(Change.ADDED);
	}

	@Test
	void anIdenticalSectionIsUnchanged() {
		Section section = new Section("6", "例外事項", "本文", 14);
		assertThat(RegulationComparison.compare("6", section, section).change()).isEqualTo(Change.UNCHANGED);
	}

	@Test
	void listsRequirementsAddedRemovedAndReworded() {
		Requirement reworded = new Requirement("S01", "4.2(1)③", "contract-clause", "供給者の種類を特定し文書化する", "A.5.19");
		Requirement added = new Requirement("S09", "4.3", "obligation", "新しい要求事項", "A.5.22");
		assertThat(RegulationComparison.requirementChanges(List.of(S01, S02), List.of(reworded, added)))
			.containsExactly(new RequirementChange("S01", Change.CHANGED, "供給者の種類を特定する", "供給者の種類を特定し文書化する"),
					new RequirementChange("S09", Change.ADDED, null, "新しい要求事項"),
					new RequirementChange("S02", Change.REMOVED, "アクセスの種類を定める", null));
	}

}
