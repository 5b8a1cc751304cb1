package jp.itaku.regulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import jp.itaku.regulation.RegulationText.Section;

import org.springframework.stereotype.Service;

/**
 * Two versions of the regulation side by side, section by section, with the changed lines
 * marked, so that the committee and the members see what a revision changes (規程 9 改訂).
 */
@Service
class RegulationComparison {

	// the original lines, untouched: the screen escapes them itself
	private static final DiffRowGenerator ROWS = DiffRowGenerator.create().reportLinesUnchanged(true).build();

	private final Regulation regulation;

	RegulationComparison(Regulation regulation) {
		this.regulation = regulation;
	}

	Comparison compare(int from, int to) {
		RegulationVersion older = this.regulation.get(from);
		RegulationVersion newer = this.regulation.get(to);
		return new Comparison(older, newer,
				compareSections(this.regulation.sections(from), this.regulation.sections(to)),
				requirementChanges(this.regulation.requirements(from), this.regulation.requirements(to)));
	}

	/**
	 * Two lists of sections compared by section number: those of the newer in its order,
	 * then those the newer removed.
	 */
	static List<SectionChange> compareSections(List<Section> older, List<Section> newer) {
		Map<String, Section> before = byNumber(older);
		Map<String, Section> after = byNumber(newer);
		List<SectionChange> sections = new ArrayList<>();
		for (Section section : after.values()) {
			sections.add(compare(section.number(), before.get(section.number()), section));
		}
		for (Section section : before.values()) {
			if (!after.containsKey(section.number())) {
				sections.add(compare(section.number(), section, null));
			}
		}
		return sections;
	}

	/** The requirements added, removed or reworded between two versions, by id. */
	static List<RequirementChange> requirementChanges(List<Requirement> before, List<Requirement> after) {
		Map<String, Requirement> old = new LinkedHashMap<>();
		before.forEach((requirement) -> old.put(requirement.id(), requirement));
		List<RequirementChange> changes = new ArrayList<>();
		for (Requirement requirement : after) {
			Requirement previous = old.remove(requirement.id());
			if (previous == null) {
				changes.add(new RequirementChange(requirement.id(), Change.ADDED, null, requirement.textJa()));
			}
			else if (!previous.equals(requirement)) {
				changes.add(new RequirementChange(requirement.id(), Change.CHANGED, previous.textJa(),
						requirement.textJa()));
			}
		}
		old.values()
			.forEach((requirement) -> changes
				.add(new RequirementChange(requirement.id(), Change.REMOVED, requirement.textJa(), null)));
		return changes;
	}

	static SectionChange compare(String number, Section before, Section after) {
		List<String> left = lines(before);
		List<String> right = lines(after);
		List<Row> rows = new ArrayList<>();
		for (DiffRow row : ROWS.generateDiffRows(left, right)) {
			rows.add(new Row(row.getOldLine(), row.getNewLine(), row.getTag() != DiffRow.Tag.EQUAL));
		}
		boolean headingChanged = before != null && after != null && !before.heading().equals(after.heading());
		boolean changed = headingChanged || rows.stream().anyMatch(Row::changed);
		Change change = (before == null) ? Change.ADDED
				: (after == null) ? Change.REMOVED : changed ? Change.CHANGED : Change.UNCHANGED;
		return new SectionChange(number, (before != null) ? before.heading() : null,
				(after != null) ? after.heading() : null, change, rows);
	}

	private static List<String> lines(Section section) {
		return (section != null) ? List.of(section.text().split("\\R", -1)) : List.of();
	}

	private static Map<String, Section> byNumber(List<Section> sections) {
		Map<String, Section> byNumber = new LinkedHashMap<>();
		sections.forEach((section) -> byNumber.put(section.number(), section));
		return byNumber;
	}

	/** How a section differs between the two versions. */
	enum Change {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	/**
	 * Two versions compared.
	 */
	record Comparison(RegulationVersion from, RegulationVersion to, List<SectionChange> sections,
			List<RequirementChange> requirements) {
	}

	/**
	 * A requirement added, removed or changed (its section, kind, text or Annex A
	 * reference).
	 */
	record RequirementChange(String id, Change change, String textFrom, String textTo) {
	}

	/**
	 * One section in both versions.
	 *
	 * @param headingFrom its heading in the older version, none when added
	 * @param headingTo its heading in the newer version, none when removed
	 */
	record SectionChange(String number, String headingFrom, String headingTo, Change change, List<Row> rows) {
	}

	/**
	 * One line side by side.
	 *
	 * @param from the line in the older version (empty when inserted)
	 * @param to the line in the newer version (empty when deleted)
	 * @param changed whether this passage differs
	 */
	record Row(String from, String to, boolean changed) {
	}

}
