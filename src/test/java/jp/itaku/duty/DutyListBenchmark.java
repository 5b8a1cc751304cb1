package jp.itaku.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jp.itaku.Benchmarks;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: fills the schedule with 100,000 duties and prints how long the duty list's
 * server-side queries and the compliance contribution take, on PostgreSQL and on the
 * embedded H2. Run it with the command in {@code bench/README.md}.
 */
public final class DutyListBenchmark {

	private static final String[] KINDS = { "contractor-reevaluation", "contract-review", "compliance-audit",
			"criteria-review", "education-audit", "cloud-audit" };

	private static final String[] REQUIREMENTS = { "SEL-03", "SEL-04", "MGT-01", "MGT-02", "MGT-03", "OPS-10" };

	private DutyListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Benchmarks.onBothDatabases((database, postgres, app) -> run(database, rows, app));
	}

	private static void run(String database, int rows, ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		Benchmarks.fill(database, "duties", rows, () -> fill(jdbc, rows, app.getBean(Duties.class).today()));
		DutyBoard board = app.getBean(DutyBoard.class);
		Duties duties = app.getBean(Duties.class);
		Benchmarks.measure("overdue, first page by due date",
				() -> board.search(DutyQuery.ofStatus(DutyStatus.OVERDUE), DutyPaging.of(0, 25, "due", false))
					.getTotalElements());
		Benchmarks.measure("due soon, first page by due date",
				() -> board.search(DutyQuery.ofStatus(DutyStatus.DUE_SOON), DutyPaging.of(0, 25, "due", false))
					.getTotalElements());
		Benchmarks.measure("all, page 2,000 by due date",
				() -> board.search(DutyQuery.ofStatus(null), DutyPaging.of(2000, 25, "due", false)).getTotalElements());
		Benchmarks.measure("owner + overdue",
				() -> board
					.search(new DutyQuery(DutyStatus.OVERDUE, "user-7", null, null, null, null, null),
							DutyPaging.of(0, 25, "due", false))
					.getTotalElements());
		Benchmarks.measure("requirement MGT-02 + overdue",
				() -> board
					.search(new DutyQuery(DutyStatus.OVERDUE, null, null, null, "MGT-02", null, null),
							DutyPaging.of(0, 25, "due", false))
					.getTotalElements());
		Benchmarks.measure("compliance counts per requirement", () -> duties.openByRequirement().size());
	}

	private static void fill(JdbcTemplate jdbc, int rows, LocalDate today) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			int kind = random.nextInt(KINDS.length);
			LocalDate due = today.plusDays(random.nextInt(730) - 365);
			boolean committee = random.nextInt(5) == 0;
			String state = (random.nextInt(10) == 0) ? "DONE" : "OPEN";
			batch.add(new Object[] { UUID.randomUUID(), KINDS[kind], "contractor-" + i, REQUIREMENTS[kind],
					committee ? null : "user-" + random.nextInt(200), committee, "duty.kind." + KINDS[kind], due, state,
					due, due.minusDays(30), due.plusDays(7), now, now });
			if (batch.size() == 5_000 || i == rows - 1) {
				jdbc.batchUpdate("INSERT INTO duty (id, version, kind, subject_type, subject_id, requirement_id,"
						+ " owner_username, owner_committee, title_key, link, recurrence_kind, recurrence_amount,"
						+ " recurrence_unit, recurrence_basis, anchor_on, grace_days, due_soon_days, state, occurrence,"
						+ " due_on, due_soon_from, overdue_after, created_at, updated_at)"
						+ " VALUES (?, 0, ?, 'contractor', ?, ?, ?, ?, ?, '/contractors', 'EVERY', 12, 'MONTHS',"
						+ " 'DUE_DATE', ?, 7, 30, ?, 1, ?, ?, ?, ?, ?)", batch);
				batch.clear();
			}
		}
		jdbc.execute("ANALYZE");
	}

}
