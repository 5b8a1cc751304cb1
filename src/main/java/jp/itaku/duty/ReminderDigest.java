package jp.itaku.duty;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What one person is reminded of on one day, in one mail and one in-app notification.
 *
 * @param recipient the person's username
 * @param overdue their own (or, for committee members, the committee's) overdue duties
 * @param dueSoon their own (or the committee's) duties due soon
 * @param escalated for committee members only: others' duties overdue by more than the
 * escalation period (規程: the committee oversees the whole outsourcing management)
 */
record ReminderDigest(String recipient, List<Duty> overdue, List<Duty> dueSoon, List<Duty> escalated) {

	ReminderDigest {
		overdue = List.copyOf(overdue);
		dueSoon = List.copyOf(dueSoon);
		escalated = List.copyOf(escalated);
	}

	/** How many duties it lists. */
	int size() {
		return this.overdue.size() + this.dueSoon.size() + this.escalated.size();
	}

	boolean isEmpty() {
		return size() == 0;
	}

	/** The ids of every duty it lists. */
	List<UUID> dutyIds() {
		return Stream.of(this.overdue, this.dueSoon, this.escalated).flatMap(List::stream).map(Duty::getId).toList();
	}

}
