package jp.itaku.contractor.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps previewed imports in the database (table {@code contractor_import}), the plan as
 * JSON, so that the commit may reach any node behind the load balancer.
 */
@Repository
class ImportStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(StoredImport stored) {
		ImportPlan plan = stored.plan();
		this.jdbc.sql("""
				INSERT INTO contractor_import (token, owner, file_name, created_at, expires_at, status,
				  to_create, to_update, unchanged, error_count, plan)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(stored.token(), stored.owner(), stored.fileName(), utc(stored.createdAt()), utc(stored.expiresAt()),
					stored.status(), (int) plan.toCreate(), (int) plan.toUpdate(), plan.unchanged(),
					plan.problems().size(), this.json.writeValueAsString(plan))
			.update();
	}

	Optional<StoredImport> find(String token) {
		return this.jdbc.sql("SELECT * FROM contractor_import WHERE token = ?")
			.param(token)
			.query((rs, n) -> new StoredImport(rs.getString("token"), rs.getString("owner"), rs.getString("file_name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
					this.json.readValue(rs.getString("plan"), ImportPlan.class)))
			.optional();
	}

	/**
	 * Marks the import committed; false when it already was (a second click, another
	 * node).
	 */
	boolean markCommitted(String token, Instant now) {
		return this.jdbc.sql("UPDATE contractor_import SET status = ?, committed_at = ? WHERE token = ? AND status = ?")
			.params(StoredImport.COMMITTED, utc(now), token, StoredImport.PREVIEWED)
			.update() == 1;
	}

	/** Forgets previews nobody committed in time. */
	int deleteExpired(Instant now) {
		return this.jdbc.sql("DELETE FROM contractor_import WHERE status = ? AND expires_at < ?")
			.params(StoredImport.PREVIEWED, utc(now))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
