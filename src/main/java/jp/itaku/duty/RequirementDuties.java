package jp.itaku.duty;

/**
 * How the open duties of one requirement id stand today.
 *
 * @param requirementId e.g. {@code REV-03}
 * @param overdue how many are 期限超過
 * @param dueSoon how many are 期限間近
 * @param open how many are open in all
 */
public record RequirementDuties(String requirementId, long overdue, long dueSoon, long open) {

	RequirementDuties(String requirementId, Long overdue, Long dueSoon, Long open) {
		this(requirementId, (overdue != null) ? overdue.longValue() : 0, (dueSoon != null) ? dueSoon.longValue() : 0,
				(open != null) ? open.longValue() : 0);
	}

}
