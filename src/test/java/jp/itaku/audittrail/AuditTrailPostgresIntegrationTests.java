package jp.itaku.audittrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static jp.itaku.audittrail.AuditTrailIntegrationTests.changed;
import static jp.itaku.audittrail.AuditTrailIntegrationTests.newRecordId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain on a real PostgreSQL: concurrent transactions (as several application nodes
 * would open them) append one unbroken chain, and the hashes survive PostgreSQL's
 * timestamps.
 */
@SpringBootTest
@DirtiesContext
class AuditTrailPostgresIntegrationTests {

	private static final EmbeddedPostgres postgres = start();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void concurrentTransactionsAppendOneUnbrokenChain() throws Exception {
		String recordId = newRecordId();
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		try {
			var appends = IntStream.range(0, 40)
				.mapToObj(
						(i) -> nodes.submit(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult(
								(status) -> this.events.publishEvent(changed(recordId, "member", "n: " + i)))))
				.toList();
			for (Future<?> append : appends) {
				append.get();
			}
		}
		finally {
			nodes.shutdown();
		}

		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_id = ?", Long.class, recordId))
			.isEqualTo(40);
		AuditTrailVerification verification = this.auditTrail.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.checked()).isEqualTo(lastId());
	}

	@Test
	void detectsAnEntryAlteredWithPlainSql() {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "member", "amount: 100 → 200"));
		long id = this.jdbc.queryForObject("SELECT id FROM audit_entry WHERE record_id = ?", Long.class, recordId);
		try {
			this.jdbc.update("UPDATE audit_entry SET occurred_at = occurred_at + INTERVAL '1 second' WHERE id = ?", id);

			assertThat(this.auditTrail.verify())
				.extracting(AuditTrailVerification::intact, AuditTrailVerification::firstBrokenId)
				.containsExactly(false, id);
		}
		finally {
			this.jdbc.update("UPDATE audit_entry SET occurred_at = occurred_at - INTERVAL '1 second' WHERE id = ?", id);
		}
		assertThat(this.auditTrail.verify().intact()).isTrue();
	}

	private long lastId() {
		return this.jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class);
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
