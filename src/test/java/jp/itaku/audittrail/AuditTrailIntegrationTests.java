package jp.itaku.audittrail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jp.itaku.shared.AuditableEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail with the whole application: recording inside the publisher's
 * transaction, detecting tampering done with plain SQL, and the API per role. Tests that
 * tamper with an entry put it back, because the application context (and its database) is
 * shared with other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

	private static final String TYPE = "test-record";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void recordsAnEventPublishedInATransactionWithItsActorAndChanges() throws Exception {
		String recordId = newRecordId();

		inTransaction(() -> this.events.publishEvent(changed(recordId, "committee", "name: 旧 → 新\nstatus: A → B")));

		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", TYPE).param("recordId", recordId).with(auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].actor").value("committee"))
			.andExpect(jsonPath("$.content[0].action").value("UPDATED"))
			.andExpect(jsonPath("$.content[0].changes").value("name: 旧 → 新\nstatus: A → B"))
			.andExpect(jsonPath("$.content[0].hash").value(matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void recordsAnEventPublishedOutsideATransaction() throws Exception {
		String recordId = newRecordId();

		this.events.publishEvent(changed(recordId, "admin", "enabled: true → false"));

		assertThat(countOf(recordId)).isEqualTo(1);
	}

	@Test
	void recordsAnEventPublishedInsideAReadOnlyTransaction() {
		String recordId = newRecordId();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult((status) -> this.events.publishEvent(changed(recordId, "auditor", "exported")));

		assertThat(countOf(recordId)).isEqualTo(1);
	}

	@Test
	void aRolledBackTransactionLeavesNoEntry() {
		String recordId = newRecordId();

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.events.publishEvent(changed(recordId, "member", "name: A → B"));
			status.setRollbackOnly();
		});

		assertThat(countOf(recordId)).isZero();
	}

	@Test
	void eachEntryCarriesTheHashOfTheOneBefore() {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "admin", "first"));
		this.events.publishEvent(changed(recordId, "admin", "second"));

		var rows = this.jdbc
			.queryForList("SELECT id, previous_hash, hash FROM audit_entry WHERE record_id = ? ORDER BY id", recordId);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get("id")).isEqualTo((Long) rows.get(0).get("id") + 1);
		assertThat(rows.get(1).get("previous_hash")).isEqualTo(rows.get(0).get("hash"));
	}

	@Test
	void verificationFindsAnUntouchedChainIntact() throws Exception {
		this.events.publishEvent(changed(newRecordId(), "admin", "name: A → B"));

		this.mvc.perform(get("/api/v1/audit-trail/verify").with(auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.checked").value(lastId()))
			.andExpect(jsonPath("$.firstBrokenId").isEmpty());
	}

	@Test
	void verificationDetectsAnEntryAlteredWithPlainSql() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "member", "amount: 100 → 200"));
		this.events.publishEvent(changed(newRecordId(), "member", "later entry"));
		long id = idOf(recordId);
		try {
			this.jdbc.update("UPDATE audit_entry SET changes = ? WHERE id = ?", "amount: 100 → 150", id);

			this.mvc.perform(get("/api/v1/audit-trail/verify").with(auditor()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(id));
		}
		finally {
			this.jdbc.update("UPDATE audit_entry SET changes = ? WHERE id = ?", "amount: 100 → 200", id);
		}
	}

	@Test
	void verificationDetectsADeletedEntry() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "member", "to be deleted"));
		this.events.publishEvent(changed(newRecordId(), "member", "later entry"));
		long id = idOf(recordId);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = ?", id);
		try {
			this.jdbc.update("DELETE FROM audit_entry WHERE id = ?", id);

			this.mvc.perform(get("/api/v1/audit-trail/verify").with(auditor()))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(id));
		}
		finally {
			this.jdbc.update(
					"INSERT INTO audit_entry (id, occurred_at, actor, record_type, record_id, action, changes, previous_hash, hash) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("record_type"),
					row.get("record_id"), row.get("action"), row.get("changes"), row.get("previous_hash"),
					row.get("hash"));
		}
	}

	@Test
	void verificationFollowsTheChainAcrossBatches() throws Exception {
		String recordId = newRecordId();
		inTransaction(() -> IntStream.range(0, AuditTrail.BATCH + 50)
			.forEach((i) -> this.events.publishEvent(changed(recordId, "admin", "n: " + i))));
		long id = lastId() - 10;
		try {
			this.jdbc.update("UPDATE audit_entry SET actor = 'forger' WHERE id = ?", id);

			this.mvc.perform(get("/api/v1/audit-trail/verify").with(auditor()))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.checked").value(id))
				.andExpect(jsonPath("$.firstBrokenId").value(id));
		}
		finally {
			this.jdbc.update("UPDATE audit_entry SET actor = 'admin' WHERE id = ?", id);
		}
		this.mvc.perform(get("/api/v1/audit-trail/verify").with(auditor()))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.checked").value(lastId()));
	}

	@Test
	void concurrentAppendsStayOneChain() throws Exception {
		String recordId = newRecordId();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			var appends = IntStream.range(0, 40)
				.mapToObj((i) -> pool.submit(
						() -> inTransaction(() -> this.events.publishEvent(changed(recordId, "member", "n: " + i)))))
				.toList();
			for (Future<?> append : appends) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(countOf(recordId)).isEqualTo(40);
		this.mvc.perform(get("/api/v1/audit-trail/verify").with(auditor())).andExpect(jsonPath("$.intact").value(true));
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> work.run());
	}

	private long countOf(String recordId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = ? AND record_id = ?",
				Long.class, TYPE, recordId);
	}

	private long idOf(String recordId) {
		return this.jdbc.queryForObject("SELECT id FROM audit_entry WHERE record_id = ?", Long.class, recordId);
	}

	private long lastId() {
		return this.jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class);
	}

	static String newRecordId() {
		return UUID.randomUUID().toString();
	}

	static SomethingChanged changed(String recordId, String actor, String changes) {
		return new SomethingChanged(TYPE, recordId, "UPDATED", actor, changes);
	}

	static RequestPostProcessor auditor() {
		return user("auditor").roles("AUDITOR");
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A change of some record in some module. */
	record SomethingChanged(String recordType, String recordId, String action, String actor,
			String changes) implements AuditableEvent {

	}

}
