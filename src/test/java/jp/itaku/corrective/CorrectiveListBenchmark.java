package jp.itaku.corrective;

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
 * Not a test: fills the register of corrective actions with 100,000 rows and prints how
 * long the list's server-side queries and the compliance counts take, on PostgreSQL and
 * on the embedded H2. Run it as the other benchmarks of {@code bench/README.md}, with
 * {@code -Dexec.mainClass=jp.itaku.corrective.CorrectiveListBenchmark}.
 */
public final class CorrectiveListBenchmark {

	private static final String[] STATUSES = { "OPEN", "IN_PROGRESS", "DONE", "VERIFIED", "VERIFIED", "VERIFIED" };

	private static final String[] REQUIREMENTS = { "SEL-04", "OPS-01", "OPS-02", "OPS-05", "CLD-03" };

	private CorrectiveListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Benchmarks.onBothDatabases((database, postgres, app) -> run(database, rows, app));
	}

	private static void run(String database, int rows, ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		CorrectiveActions actions = app.getBean(CorrectiveActions.class);
		UUID contractor = UUID.randomUUID();
		long start = System.nanoTime();
		fill(jdbc, rows, actions.today(), contractor);
		System.out.printf("%n%s: inserted %,d corrective actions in %.1f s%n", database, rows,
				(System.nanoTime() - start) / 1e9);
		CorrectiveWork work = app.getBean(CorrectiveWork.class);
		CorrectiveCompliance compliance = app.getBean(CorrectiveCompliance.class);
		Benchmarks.measure("overdue, first page by due date",
				() -> work
					.search(new CorrectiveActionQuery(null, null, null, null, null, true),
							CorrectivePaging.of(0, 20, "due", false))
					.getTotalElements());
		Benchmarks.measure("status OPEN, first page by due date",
				() -> work
					.search(new CorrectiveActionQuery(CorrectiveActionStatus.OPEN, null, null, null, null, null),
							CorrectivePaging.of(0, 20, "due", false))
					.getTotalElements());
		Benchmarks.measure("all, page 2,000 by due date",
				() -> work.search(CorrectiveActionQuery.all(), CorrectivePaging.of(2000, 20, "due", false))
					.getTotalElements());
		Benchmarks.measure("assignee + overdue",
				() -> work
					.search(new CorrectiveActionQuery(null, null, "user-7", null, null, true),
							CorrectivePaging.of(0, 20, "due", false))
					.getTotalElements());
		Benchmarks.measure("one contractor's open actions (tab)", () -> actions.openFor(contractor).size());
		Benchmarks.measure("compliance counts per requirement", () -> compliance.assess().size());
	}

	private static void fill(JdbcTemplate jdbc, int rows, LocalDate today, UUID oneContractor) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			LocalDate due = today.plusDays(random.nextInt(730) - 365);
			// a few hundred contractors, one of them the benchmark's, so that the tab has
			// rows
			UUID contractor = (i % 500 == 0) ? oneContractor : new UUID(0, random.nextInt(400));
			batch.add(new Object[] { UUID.randomUUID(), "evaluation-" + i, REQUIREMENTS[random.nextInt(5)], contractor,
					"user-" + random.nextInt(200), due, STATUSES[random.nextInt(STATUSES.length)], now, now });
			if (batch.size() == 5_000 || i == rows - 1) {
				jdbc.batchUpdate("INSERT INTO corrective_action (id, version, source_type, source_id, requirement_id,"
						+ " source_link, contractor_id, what, assignee, due_on, status, opened_by, opened_at,"
						+ " updated_at) VALUES (?, 0, 'evaluation', ?, ?, '/contractors', ?, 'benchmark', ?, ?, ?,"
						+ " 'bench', ?, ?)", batch);
				batch.clear();
			}
		}
		jdbc.execute("ANALYZE");
	}

}
