package jp.itaku.clause;

import java.util.List;
import java.util.function.Predicate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A checklist's coverage counts, kept in its row so that the matrix view filters on gaps
 * and the compliance table sums them without reading every item.
 */
@MappedSuperclass
abstract class ChecklistCounts {

	@Column(name = "applicable_count", nullable = false)
	private int applicableCount;

	@Column(name = "present_count", nullable = false)
	private int presentCount;

	@Column(name = "partial_count", nullable = false)
	private int partialCount;

	@Column(name = "absent_count", nullable = false)
	private int absentCount;

	@Column(name = "unreviewed_count", nullable = false)
	private int unreviewedCount;

	@Column(name = "unresolved_count", nullable = false)
	private int unresolvedCount;

	void recount(List<ChecklistEntry> entries, Predicate<ChecklistEntry> resolved) {
		int applicable = 0;
		int present = 0;
		int partial = 0;
		int absent = 0;
		int unreviewed = 0;
		int unresolved = 0;
		for (ChecklistEntry entry : entries) {
			if (!entry.applicable()) {
				continue;
			}
			applicable++;
			if (entry.verdict() == null) {
				unreviewed++;
				continue;
			}
			switch (entry.verdict()) {
				case PRESENT -> present++;
				case PARTIAL -> partial++;
				case ABSENT -> absent++;
				case NOT_APPLICABLE -> {
				}
			}
			if (!resolved.test(entry)) {
				unresolved++;
			}
		}
		this.applicableCount = applicable;
		this.presentCount = present;
		this.partialCount = partial;
		this.absentCount = absent;
		this.unreviewedCount = unreviewed;
		this.unresolvedCount = unresolved;
	}

	int getApplicableCount() {
		return this.applicableCount;
	}

	int getPresentCount() {
		return this.presentCount;
	}

	int getPartialCount() {
		return this.partialCount;
	}

	int getAbsentCount() {
		return this.absentCount;
	}

	int getUnreviewedCount() {
		return this.unreviewedCount;
	}

	int getUnresolvedCount() {
		return this.unresolvedCount;
	}

}
