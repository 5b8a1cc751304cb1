package jp.itaku.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims one reminder threshold of a contract's deadline before it is sent, in the
 * sending transaction: the primary key (contract, deadline, kind, threshold) lets exactly
 * one transaction insert it, whichever node runs the job and however often.
 */
@Component
class ContractReminderClaims {

	private final JdbcTemplate jdbc;

	ContractReminderClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the reminder; a concurrent claim waits for this transaction and then finds
	 * the row.
	 * @return whether this call claimed it (false: it was claimed already)
	 */
	boolean claim(UUID contractId, LocalDate deadline, String kind, int thresholdDays, Instant at) {
		// ON CONFLICT DO NOTHING: a duplicate must not abort the PostgreSQL transaction
		return this.jdbc.update("""
				INSERT INTO contract_reminder (contract_id, deadline_on, kind, threshold_days, reminded_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", contractId, deadline, kind, thresholdDays,
				Timestamp.from(at)) == 1;
	}

}
