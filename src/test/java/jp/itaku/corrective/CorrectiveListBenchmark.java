package jp.itaku.corrective;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.itaku.ItakuApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
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
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			run("PostgreSQL 18", rows, "--spring.profiles.active=postgres", "--ITAKU_DB_URL=" + url,
					"--ITAKU_DB_USER=postgres", "--ITAKU_DB_PASSWORD=postgres");
		}
		run("H2 (embedded default)", rows,
				"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	private static void run(String database, int rows, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.config.location=classpath:/", "--server.port=0",
				"--itaku.admin-password=benchmark-password", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN"));
		arguments.addAll(Arrays.asList(settings));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ItakuApplication.class)
			.run(arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
			CorrectiveActions actions = app.getBean(CorrectiveActions.class);
			UUID contractor = UUID.randomUUID();
			long start = System.nanoTime();
			fill(jdbc, rows, actions.today(), contractor);
			System.out.printf("%n%s: inserted %,d corrective actions in %.1f s%n", database, rows,
					(System.nanoTime() - start) / 1e9);
			CorrectiveWork work = app.getBean(CorrectiveWork.class);
			CorrectiveCompliance compliance = app.getBean(CorrectiveCompliance.class);
			measure("overdue, first page by due date",
					() -> work
						.search(new CorrectiveActionQuery(null, null, null, null, null, true),
								CorrectivePaging.of(0, 20, "due", false))
						.getTotalElements());
			measure("status OPEN, first page by due date",
					() -> work
						.search(new CorrectiveActionQuery(CorrectiveActionStatus.OPEN, null, null, null, null, null),
								CorrectivePaging.of(0, 20, "due", false))
						.getTotalElements());
			measure("all, page 2,000 by due date",
					() -> work.search(CorrectiveActionQuery.all(), CorrectivePaging.of(2000, 20, "due", false))
						.getTotalElements());
			measure("assignee + overdue",
					() -> work
						.search(new CorrectiveActionQuery(null, null, "user-7", null, null, true),
								CorrectivePaging.of(0, 20, "due", false))
						.getTotalElements());
			measure("one contractor's open actions (tab)", () -> actions.openFor(contractor).size());
			measure("compliance counts per requirement", () -> compliance.assess().size());
		}
	}

	private static void measure(String label, LongSupplier query) {
		for (int i = 0; i < 3; i++) {
			query.getAsLong();
		}
		int runs = 15;
		long[] millis = new long[runs];
		long total = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			total = query.getAsLong();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("  %-40s median %4d ms, max %4d ms  (%,d)%n", label, millis[runs / 2], millis[runs - 1],
				total);
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
