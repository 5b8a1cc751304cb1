package jp.itaku;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server for one test class (embedded binaries, no service to install)
 * and the means to start Itaku nodes on it the way production does: profile
 * {@code postgres} with {@code ITAKU_DB_URL}, {@code ITAKU_DB_USER} and
 * {@code ITAKU_DB_PASSWORD}.
 */
final class PostgresSupport implements AutoCloseable {

	static final String ADMIN_PASSWORD = "test-admin-password";

	private static final String DATABASE = "itaku";

	private static final String USER = "itaku_app";

	private static final String PASSWORD = "itaku-app-password";

	private final EmbeddedPostgres server;

	private PostgresSupport(EmbeddedPostgres server) {
		this.server = server;
	}

	/** Starts a fresh server with an empty database and an unprivileged owner. */
	static PostgresSupport start() throws IOException, SQLException {
		EmbeddedPostgres server = EmbeddedPostgres.builder().start();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
			statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
		}
		return new PostgresSupport(server);
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.server.getPort() + "/" + DATABASE;
	}

	/**
	 * Starts one Itaku node on a random port against this server. Only the main
	 * configuration files are read (not the tests' {@code config/application.properties},
	 * which points at an in-memory H2), so the node is configured exactly as in
	 * production.
	 */
	ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(ItakuApplication.class).profiles("postgres")
			.run("--spring.config.location=classpath:/", "--server.port=0", "--ITAKU_DB_URL=" + jdbcUrl(),
					"--ITAKU_DB_USER=" + USER, "--ITAKU_DB_PASSWORD=" + PASSWORD,
					"--itaku.admin-password=" + ADMIN_PASSWORD, "--spring.main.banner-mode=off",
					"--logging.level.org.springframework.modulith=WARN");
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
