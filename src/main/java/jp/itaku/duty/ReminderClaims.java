package jp.itaku.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims a person's digest of a day before it is sent, in the sending transaction: the
 * primary key (recipient, day) lets exactly one transaction insert it, whichever node
 * runs the job and however often, so that nobody is reminded twice a day even without the
 * scheduler lock.
 */
@Component
class ReminderClaims {

	private final JdbcTemplate jdbc;

	ReminderClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the digest of {@code day} for {@code recipient}; a concurrent claim waits
	 * for this transaction and then finds the row.
	 * @return whether this call claimed it (false: it was claimed already)
	 */
	boolean claim(String recipient, LocalDate day, int duties, Instant at) {
		// ON CONFLICT DO NOTHING: a duplicate must not abort the PostgreSQL transaction
		return this.jdbc.update("""
				INSERT INTO duty_reminder (recipient, reminded_on, duties, sent_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", recipient, day, duties, Timestamp.from(at)) == 1;
	}

}
