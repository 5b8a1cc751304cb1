package jp.itaku.contractor.exchange;

import java.time.Instant;

/**
 * A previewed import as kept between preview and commit.
 *
 * @param status {@code PREVIEWED} until committed, then {@code COMMITTED}
 */
record StoredImport(String token, String owner, String fileName, Instant createdAt, Instant expiresAt, String status,
		ImportPlan plan) {

	static final String PREVIEWED = "PREVIEWED";

	static final String COMMITTED = "COMMITTED";

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
