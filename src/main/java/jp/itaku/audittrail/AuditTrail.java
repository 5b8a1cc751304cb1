package jp.itaku.audittrail;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail (操作記録) and verifies its hash chain. There is deliberately no way
 * to change or remove an entry.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	/** Entries read per query while verifying: bounds memory at any chain length. */
	static final int BATCH = 1000;

	private final AuditTrailSearch search;

	private final JdbcClient jdbc;

	AuditTrail(AuditTrailSearch search, JdbcClient jdbc) {
		this.search = search;
		this.jdbc = jdbc;
	}

	/** Entries matching the query, newest first. */
	public Page<AuditEntryView> search(AuditTrailQuery query, Pageable pageable) {
		return this.search.find(query, pageable);
	}

	/**
	 * Walks the whole chain in id order, recomputing every hash and checking every link,
	 * and answers where it is first broken. Entries appended meanwhile are left for the
	 * next verification.
	 */
	public AuditTrailVerification verify() {
		ChainVerification verification = this.jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = :id")
			.param("id", AuditChainHead.THE_ONLY_ID)
			.query((rs, row) -> new ChainVerification(rs.getLong("last_id"), rs.getString("last_hash")))
			.single();
		List<AuditEntryView> batch;
		do {
			batch = batchAfter(verification.lastAcceptedId(), verification.headId());
		}
		while (accepted(verification, batch) && batch.size() == BATCH);
		return verification.result();
	}

	private static boolean accepted(ChainVerification verification, List<AuditEntryView> batch) {
		for (AuditEntryView entry : batch) {
			if (!verification.accept(entry)) {
				return false;
			}
		}
		return true;
	}

	// plain JDBC rather than entities, so that nothing accumulates in the persistence
	// context while a long chain is walked
	private List<AuditEntryView> batchAfter(long afterId, long lastId) {
		return this.jdbc.sql("""
				SELECT id, occurred_at, actor, record_type, record_id, action, changes, previous_hash, hash
				FROM audit_entry WHERE id > :after AND id <= :last ORDER BY id LIMIT :batch""")
			.param("after", afterId)
			.param("last", lastId)
			.param("batch", BATCH)
			.query((rs, row) -> new AuditEntryView(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"),
					rs.getString("changes"), rs.getString("previous_hash"), rs.getString("hash")))
			.list();
	}

}
