package jp.itaku.clausecheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.clausecheck.ClauseCheckResult.StructuredArticle;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the runs (tables {@code clause_check_run}, {@code clause_check_finding},
 * {@code clause_check_structure}): inserted once, never updated or deleted. Evidence and
 * structure are JSON so that any character of the contract survives unchanged.
 */
@Repository
class ClauseCheckRunStore {

	private static final TypeReference<List<ClauseEvidence>> EVIDENCE = new TypeReference<>() {
	};

	private static final TypeReference<List<StructuredArticle>> STRUCTURE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ClauseCheckRunStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ClauseCheckRun run, List<RequirementFinding> findings, List<StructuredArticle> structure) {
		this.jdbc.sql("""
				INSERT INTO clause_check_run (id, contract_id, contractor_id, document_id, document_name,
				  document_sha256, checked_at, checked_by, outcome, refused_reason, articles, millis,
				  present_count, partial_count, absent_count, rules_digest)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run.id(), run.contractId(), run.contractorId(), run.documentId(), run.documentName(),
					run.documentSha256(), run.checkedAt().atOffset(ZoneOffset.UTC), run.checkedBy(), run.outcome(),
					run.refusedReason(), run.articles(), run.millis(), run.present(), run.partial(), run.absent(),
					run.rulesDigest())
			.update();
		int position = 0;
		for (RequirementFinding finding : findings) {
			this.jdbc.sql("""
					INSERT INTO clause_check_finding (run_id, requirement_id, position, verdict, confidence, evidence)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(run.id(), finding.id(), position++, finding.verdict().name(), finding.confidence(),
						this.json.writeValueAsString(finding.evidence()))
				.update();
		}
		this.jdbc.sql("INSERT INTO clause_check_structure (run_id, structure) VALUES (?, ?)")
			.params(run.id(), this.json.writeValueAsString(structure))
			.update();
	}

	/** The contract's runs, newest first. */
	Page<ClauseCheckRun> runsOf(UUID contractId, Pageable pageable) {
		List<ClauseCheckRun> runs = this.jdbc.sql("""
				SELECT * FROM clause_check_run WHERE contract_id = ?
				ORDER BY checked_at DESC, id DESC LIMIT ? OFFSET ?""")
			.params(contractId, pageable.getPageSize(), pageable.getOffset())
			.query(ClauseCheckRunStore::run)
			.list();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM clause_check_run WHERE contract_id = ?")
			.param(contractId)
			.query(Long.class)
			.single();
		return new PageImpl<>(runs, pageable, total);
	}

	Optional<ClauseCheckRun> find(UUID contractId, UUID runId) {
		return this.jdbc.sql("SELECT * FROM clause_check_run WHERE id = ? AND contract_id = ?")
			.params(runId, contractId)
			.query(ClauseCheckRunStore::run)
			.optional();
	}

	/** The run's findings in requirements.tsv order. */
	List<RequirementFinding> findings(UUID runId) {
		return this.jdbc.sql("SELECT * FROM clause_check_finding WHERE run_id = ? ORDER BY position")
			.param(runId)
			.query((rs, n) -> new RequirementFinding(rs.getString("requirement_id"),
					ClauseVerdict.valueOf(rs.getString("verdict")), rs.getDouble("confidence"),
					List.copyOf(this.json.readValue(rs.getString("evidence"), EVIDENCE))))
			.list();
	}

	/** The document as the run parsed it. */
	List<StructuredArticle> structure(UUID runId) {
		return this.jdbc.sql("SELECT structure FROM clause_check_structure WHERE run_id = ?")
			.param(runId)
			.query((rs, n) -> List.copyOf(this.json.readValue(rs.getString("structure"), STRUCTURE)))
			.optional()
			.orElse(List.of());
	}

	private static ClauseCheckRun run(ResultSet rs, int n) throws SQLException {
		return new ClauseCheckRun(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
				rs.getObject("contractor_id", UUID.class), rs.getObject("document_id", UUID.class),
				rs.getString("document_name"), rs.getString("document_sha256"),
				rs.getObject("checked_at", OffsetDateTime.class).toInstant(), rs.getString("checked_by"),
				rs.getString("outcome"), rs.getString("refused_reason"), rs.getInt("articles"), rs.getLong("millis"),
				rs.getInt("present_count"), rs.getInt("partial_count"), rs.getInt("absent_count"),
				rs.getString("rules_digest"));
	}

}
