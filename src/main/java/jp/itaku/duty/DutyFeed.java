package jp.itaku.duty;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's private iCalendar feed: only the hash of its secret token is kept, so that a
 * copy of the database does not open anybody's calendar.
 */
@Entity
@Table(name = "duty_feed")
class DutyFeed {

	@Id
	@Column(length = 100)
	private String username;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	protected DutyFeed() {
	}

	DutyFeed(String username, String tokenHash, Instant issuedAt) {
		this.username = username;
		this.tokenHash = tokenHash;
		this.issuedAt = issuedAt;
	}

	void renew(String tokenHash, Instant issuedAt) {
		this.tokenHash = tokenHash;
		this.issuedAt = issuedAt;
	}

	String getUsername() {
		return this.username;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

}
