package jp.itaku.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two criteria versions, criterion by criterion (matched by code).
 */
public record CriteriaComparison(int from, int to, List<CriterionInput> added, List<CriterionInput> removed,
		List<Change> changed) {

	static CriteriaComparison between(CriteriaVersionView a, CriteriaVersionView b) {
		Map<String, CriterionInput> before = byCode(a.criteria());
		Map<String, CriterionInput> after = byCode(b.criteria());
		List<CriterionInput> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		after.forEach((code, criterion) -> {
			CriterionInput old = before.get(code);
			if (old == null) {
				added.add(criterion);
			}
			else if (!old.equals(criterion)) {
				changed.add(new Change(old, criterion));
			}
		});
		List<CriterionInput> removed = before.entrySet()
			.stream()
			.filter((entry) -> !after.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new CriteriaComparison(a.number(), b.number(), added, removed, changed);
	}

	private static Map<String, CriterionInput> byCode(List<CriterionInput> criteria) {
		Map<String, CriterionInput> result = new LinkedHashMap<>();
		criteria.forEach((criterion) -> result.put(criterion.code(), criterion));
		return result;
	}

	/** A criterion whose wording, scope, weight, scale or mandatory flag changed. */
	public record Change(CriterionInput before, CriterionInput after) {

	}

}
