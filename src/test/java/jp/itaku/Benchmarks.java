package jp.itaku;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every list benchmark does around its own queries (not a test; see
 * {@code bench/README.md}): start the application once on an embedded PostgreSQL and once
 * on the embedded H2 default, time the filling, and print each query's median and slowest
 * time over 15 runs after 3 warm-ups.
 */
public final class Benchmarks {

	private static final int WARM_UPS = 3;

	private static final int RUNS = 15;

	private Benchmarks() {
	}

	/** The benchmark's work on one running application. */
	@FunctionalInterface
	public interface OnDatabase {

		/**
		 * @param database how the figures are headed, e.g. {@code PostgreSQL 18}
		 * @param postgres whether it runs on PostgreSQL (e.g. to print query plans)
		 * @param app the application, started on that database
		 */
		void run(String database, boolean postgres, ConfigurableApplicationContext app) throws Exception;

	}

	/** Runs {@code work} on PostgreSQL, then on H2. */
	public static void onBothDatabases(OnDatabase work) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			try (ConfigurableApplicationContext app = start("--spring.profiles.active=postgres",
					"--ITAKU_DB_URL=" + url, "--ITAKU_DB_USER=postgres", "--ITAKU_DB_PASSWORD=postgres")) {
				work.run("PostgreSQL 18", true, app);
			}
		}
		try (ConfigurableApplicationContext app = start(
				"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")) {
			work.run("H2 (embedded default)", false, app);
		}
	}

	/** Fills the database and prints how long it took. */
	public static void fill(String database, String what, int rows, Runnable filling) {
		long start = System.nanoTime();
		filling.run();
		System.out.printf("%n%s: inserted %,d %s in %.1f s%n", database, rows, what, (System.nanoTime() - start) / 1e9);
	}

	/** Times {@code query} and prints its median and slowest run with what it counted. */
	public static void measure(String label, LongSupplier query) {
		measure(label, query, "");
	}

	/**
	 * Times {@code query} and prints its median and slowest run with what it counted,
	 * followed by {@code unit} (e.g. {@code matches}).
	 */
	public static void measure(String label, LongSupplier query, String unit) {
		for (int i = 0; i < WARM_UPS; i++) {
			query.getAsLong();
		}
		long[] millis = new long[RUNS];
		long counted = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			counted = query.getAsLong();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("  %-40s median %4d ms, max %4d ms  (%,d%s)%n", label, millis[RUNS / 2], millis[RUNS - 1],
				counted, unit.isEmpty() ? "" : " " + unit);
	}

	private static ConfigurableApplicationContext start(String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.config.location=classpath:/", "--server.port=0",
				"--itaku.admin-password=benchmark-password", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN"));
		arguments.addAll(Arrays.asList(settings));
		return new SpringApplicationBuilder(ItakuApplication.class).run(arguments.toArray(String[]::new));
	}

}
