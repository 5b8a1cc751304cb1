package jp.itaku.contract;

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
 * Not a test: fills the contract table with 100,000 rows and prints how long the contract
 * list's server-side queries take through the {@link Contracts} facade, as the list
 * screen and {@code GET /api/v1/contracts} run them, on PostgreSQL and on the embedded
 * H2. Run it as the other benchmarks of {@code bench/README.md}, with
 * {@code -Dexec.mainClass=jp.itaku.contract.ContractListBenchmark}.
 */
public final class ContractListBenchmark {

	private static final String[] STATUSES = { "DRAFT", "CONCLUDED", "CONCLUDED", "RENEWED", "ENDED" };

	private ContractListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Benchmarks.onBothDatabases((database, postgres, app) -> run(database, rows, app));
	}

	private static void run(String database, int rows, ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		Contracts contracts = app.getBean(Contracts.class);
		UUID contractor = UUID.randomUUID();
		Benchmarks.fill(database, "contracts", rows, () -> fill(jdbc, rows, contracts.today(), contractor));
		Benchmarks.measure("all, first page by notice deadline",
				() -> contracts.list(ContractQuery.all(), ContractPaging.of(0, 20, "deadline", false))
					.getTotalElements(),
				"matches");
		Benchmarks.measure("all, page 2,000 by notice deadline",
				() -> contracts.list(ContractQuery.all(), ContractPaging.of(2000, 20, "deadline", false))
					.getTotalElements(),
				"matches");
		Benchmarks.measure("deadline within 30 days",
				() -> contracts
					.list(new ContractQuery(null, null, null, 30, null, null, null),
							ContractPaging.of(0, 20, "deadline", false))
					.getTotalElements(),
				"matches");
		Benchmarks.measure("deadline passed",
				() -> contracts
					.list(new ContractQuery(null, null, null, null, true, null, null),
							ContractPaging.of(0, 20, "deadline", false))
					.getTotalElements(),
				"matches");
		Benchmarks.measure("gaps only",
				() -> contracts
					.list(new ContractQuery(null, null, null, null, null, true, null),
							ContractPaging.of(0, 20, "deadline", false))
					.getTotalElements(),
				"matches");
		Benchmarks.measure("kind DEVELOPMENT + status CONCLUDED",
				() -> contracts
					.list(new ContractQuery(ContractKind.DEVELOPMENT, ContractStatus.CONCLUDED, null, null, null, null,
							null), ContractPaging.of(0, 20, "deadline", false))
					.getTotalElements(),
				"matches");
		Benchmarks.measure("one contractor (tab)", () -> contracts.ofContractor(contractor).size(), "rows");
		Benchmarks.measure("sorted by last update, newest first",
				() -> contracts.list(ContractQuery.all(), ContractPaging.of(0, 20, "updated", true)).getTotalElements(),
				"matches");
	}

	private static void fill(JdbcTemplate jdbc, int rows, LocalDate today, UUID oneContractor) {
		Random random = new Random(42);
		ContractKind[] kinds = ContractKind.values();
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			LocalDate start = today.minusDays(random.nextInt(1500));
			LocalDate termEnd = today.plusDays(random.nextInt(730) - 200);
			LocalDate notice = termEnd.minusMonths(random.nextInt(4));
			// a few thousand contractors, one of them the benchmark's, so that the tab
			// has rows
			UUID contractor = (i % 1000 == 0) ? oneContractor : new UUID(0, random.nextInt(4000));
			Integer unresolved = (random.nextInt(3) == 0) ? null : random.nextInt(4);
			Timestamp updated = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L));
			batch.add(new Object[] { UUID.randomUUID(), contractor, kinds[random.nextInt(kinds.length)], "契約 " + i,
					"C-" + i, "相手方 " + (i % 4000), start, termEnd, random.nextBoolean(), termEnd, notice,
					STATUSES[random.nextInt(STATUSES.length)], (unresolved != null) ? 33 : null,
					(unresolved != null) ? 33 - unresolved : null, unresolved, updated, updated });
			if (batch.size() == 1000) {
				insert(jdbc, batch);
			}
		}
		insert(jdbc, batch);
	}

	private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
		jdbc.batchUpdate("""
				INSERT INTO contract (id, version, contractor_id, kind, title, contract_number, counterparty, start_on,
				  end_on, auto_renewal, term_end_on, notice_deadline, status, coverage_applicable, coverage_present,
				  coverage_unresolved, created_by, created_at, updated_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)""", batch.stream().map((row) -> {
			Object[] values = row.clone();
			values[2] = values[2].toString();
			return values;
		}).toList());
		batch.clear();
	}

}
