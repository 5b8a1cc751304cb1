package jp.itaku.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.Recurrence;

/**
 * Registers the demo duties of {@code demo/duties.tsv}, due relative to the day the demo
 * is loaded so that some are always overdue or due soon (規程 4.1, 4.3: 定期的な見直し・監査).
 */
final class DemoDuties {

	static final String DUTIES = "demo/duties.tsv";

	static final String COMMITTEE = "@committee";

	private final Duties duties;

	DemoDuties(Duties duties) {
		this.duties = duties;
	}

	/**
	 * Reads and checks the demo duties as plans due relative to {@code today}, concerning
	 * the registered demo contractors.
	 */
	static List<DutyPlan> read(LocalDate today, DemoContractorIds ids) {
		Map<String, String> names = DemoContractors.read()
			.stream()
			.collect(Collectors.toMap(DemoContractor::key, (demo) -> demo.details().name()));
		return DemoTable.read(DUTIES).stream().map((row) -> plan(row, today, names, ids)).toList();
	}

	private static DutyPlan plan(DemoRow row, LocalDate today, Map<String, String> names, DemoContractorIds ids) {
		String kind = row.required("kind");
		String contractor = row.text("contractor");
		if (contractor != null && !names.containsKey(contractor)) {
			throw row.invalid("contractor", "names no demo contractor: " + contractor);
		}
		String owner = row.required("owner");
		String contractorId = (contractor != null) ? ids.of(contractor).value().toString() : null;
		DutyKey key = (contractor != null) ? new DutyKey(kind, "contractor", contractorId)
				: new DutyKey(kind, "organisation", "demo");
		List<String> args = (contractor != null) ? List.of(names.get(contractor)) : List.of();
		String link = (contractor != null) ? "/contractors/" + contractorId : "/regulation";
		DutyPlan plan = DutyPlan.of(key, row.required("requirement"),
				COMMITTEE.equals(owner) ? DutyOwner.committee() : DutyOwner.user(owner), "duty.demo." + kind, args,
				link, recurrence(row), today.plusDays(Integer.parseInt(row.required("dueInDays"))));
		return plan.withGraceDays(Integer.parseInt(row.required("graceDays")))
			.withContractor((contractor != null) ? ids.of(contractor).value() : null);
	}

	private static Recurrence recurrence(DemoRow row) {
		List<String> every = row.list("every", " ");
		if (every.isEmpty()) {
			return Recurrence.once();
		}
		if (every.size() != 2) {
			throw row.invalid("every", "must read <n> <unit>");
		}
		return Recurrence.every(Integer.parseInt(every.get(0)), ChronoUnit.valueOf(every.get(1)),
				Recurrence.Basis.DUE_DATE);
	}

	/** Registers every demo duty. */
	int load(LocalDate today, DemoContractorIds ids) {
		List<DutyPlan> plans = read(today, ids);
		plans.forEach(this.duties::schedule);
		return plans.size();
	}

}
