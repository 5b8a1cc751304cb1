package jp.itaku.contractor.exchange;

import java.util.List;

/**
 * What an import would do: the valid changes, the rows left as they are, and every
 * problem found. It may be committed only when there are no problems.
 */
record ImportPlan(List<PlannedChange> changes, int unchanged, List<ImportProblem> problems) {

	ImportPlan {
		changes = List.copyOf(changes);
		problems = List.copyOf(problems);
	}

	long toCreate() {
		return this.changes.stream().filter(PlannedChange::creates).count();
	}

	long toUpdate() {
		return this.changes.size() - toCreate();
	}

}
