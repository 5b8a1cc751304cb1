package jp.itaku.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jp.itaku.Benchmarks;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: fills the notification table with 100,000 rows (1,000 people, one of them
 * holding 10,000) and prints how long "my unread, newest first", its count for the bell
 * and the full list take through {@link Inbox}, on PostgreSQL and on the embedded H2. Run
 * it with the command in {@code bench/README.md}.
 */
public final class NotificationInboxBenchmark {

	private static final String HEAVY = "heavy-reader";

	private NotificationInboxBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Benchmarks.onBothDatabases((database, postgres, app) -> run(database, rows, postgres, app));
	}

	private static void run(String database, int rows, boolean explain, ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		Benchmarks.fill(database, "notifications", rows, () -> fill(jdbc, rows));
		Inbox inbox = app.getBean(Inbox.class);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(HEAVY, null,
					List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
		try {
			Benchmarks.measure("unread, newest first, page 1",
					() -> inbox.mine(true, Inbox.page(0, 20)).getTotalElements(), "matches");
			Benchmarks.measure("unread count (the bell)", inbox::unreadCount, "matches");
			Benchmarks.measure("all, newest first, page 1",
					() -> inbox.mine(false, Inbox.page(0, 20)).getTotalElements(), "matches");
			Benchmarks.measure("all, newest first, page 400",
					() -> inbox.mine(false, Inbox.page(399, 20)).getTotalElements(), "matches");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		if (explain) {
			System.out.println("  plan of the unread page:");
			jdbc.queryForList("EXPLAIN SELECT * FROM notification WHERE recipient = '" + HEAVY
					+ "' AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 20", String.class)
				.forEach((line) -> System.out.println("    " + line));
		}
	}

	/** A tenth of the rows belong to one heavy reader, a fifth of theirs unread. */
	private static void fill(JdbcTemplate jdbc, int rows) {
		Random random = new Random(42);
		Instant now = Instant.parse("2026-11-01T00:00:00Z");
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			boolean heavy = i % 10 == 0;
			String recipient = heavy ? HEAVY : "reader-" + random.nextInt(1000);
			Timestamp created = Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 365)));
			Timestamp read = (random.nextInt(5) == 0) ? null : Timestamp.from(created.toInstant().plusSeconds(3600));
			batch.add(new Object[] { UUID.randomUUID(), recipient, "regulation-version", created, read });
			if (batch.size() == 5_000 || i == rows - 1) {
				jdbc.batchUpdate(
						"INSERT INTO notification (id, recipient, kind, subject_key, body_key, args, link,"
								+ " created_at, read_at, emailed_at) VALUES (?, ?, ?, 'notification.mail.test.subject',"
								+ " 'notification.mail.test.body', '[\"S01\"]', '/regulation/versions/2', ?, ?, NULL)",
						batch);
				batch.clear();
			}
		}
		jdbc.execute("ANALYZE");
	}

}
