package jp.itaku.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is reminded of what on a day: each owner of an open duty that is 期限間近 or 期限超過 (a
 * committee duty's owners are all the committee's members), and every committee member of
 * the duties overdue by more than {@code escalateAfterDays} (規程 4.1, 4.3, 5.1–5.4, 9: the
 * committee sees to it that what is due 定期的に is done). Pure rules, no Spring, so that
 * tests fix the date.
 */
final class ReminderRules {

	private static final Comparator<Duty> BY_DUE = Comparator.comparing(Duty::getDueOn)
		.thenComparing((duty) -> duty.getId().toString());

	private final int escalateAfterDays;

	ReminderRules(int escalateAfterDays) {
		this.escalateAfterDays = escalateAfterDays;
	}

	/**
	 * Whether an open duty is overdue on {@code today} by more than the escalation
	 * period: overdue counts from the day after {@code overdueAfter} (the due date plus
	 * grace).
	 */
	boolean isEscalated(Duty duty, LocalDate today) {
		return duty.statusOn(today) == DutyStatus.OVERDUE
				&& today.isAfter(duty.getOverdueAfter().plusDays(this.escalateAfterDays));
	}

	/**
	 * The digests of the day, one per person with anything to be reminded of, by
	 * username.
	 * @param duties open duties (any status; planned ones are left out here)
	 * @param committee the usernames of the committee's enabled members
	 * @param today the day of the reminder
	 */
	Map<String, ReminderDigest> digests(Collection<Duty> duties, Collection<String> committee, LocalDate today) {
		Set<String> members = new LinkedHashSet<>(committee);
		Map<String, Lists> byRecipient = new TreeMap<>();
		List<Duty> escalated = new ArrayList<>();
		for (Duty duty : duties.stream().sorted(BY_DUE).toList()) {
			DutyStatus status = duty.statusOn(today);
			if (status != DutyStatus.OVERDUE && status != DutyStatus.DUE_SOON) {
				continue;
			}
			Collection<String> owners = duty.isOwnerCommittee() ? members : List.of(duty.getOwnerUsername());
			for (String owner : owners) {
				Lists lists = byRecipient.computeIfAbsent(owner, (name) -> new Lists());
				((status == DutyStatus.OVERDUE) ? lists.overdue : lists.dueSoon).add(duty);
			}
			if (isEscalated(duty, today)) {
				escalated.add(duty);
			}
		}
		for (String member : members) {
			Lists lists = byRecipient.computeIfAbsent(member, (name) -> new Lists());
			// a member already reminded of a duty as its owner is not told of it twice
			escalated.stream().filter((duty) -> !lists.overdue.contains(duty)).forEach(lists.escalated::add);
		}
		Map<String, ReminderDigest> digests = new TreeMap<>();
		byRecipient.forEach((recipient, lists) -> {
			ReminderDigest digest = new ReminderDigest(recipient, lists.overdue, lists.dueSoon, lists.escalated);
			if (!digest.isEmpty()) {
				digests.put(recipient, digest);
			}
		});
		return digests;
	}

	private static final class Lists {

		private final List<Duty> overdue = new ArrayList<>();

		private final List<Duty> dueSoon = new ArrayList<>();

		private final List<Duty> escalated = new ArrayList<>();

	}

}
