package jp.itaku.contractor.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A previewed import as the API and the preview screen show it.
 *
 * @param token what the commit names
 * @param errors every invalid row's problems; the import may be committed only when empty
 */
record ImportPreviewView(String token, String fileName, long toCreate, long toUpdate, int unchanged,
		List<ErrorView> errors, Instant expiresAt, boolean committed) {

	/**
	 * One problem of one row.
	 *
	 * @param column the column's header in the caller's language, or empty for the row
	 */
	record ErrorView(int row, String column, String message) {

	}

	/**
	 * Whether the commit button is enabled: no errors, something to write, not yet done.
	 */
	public boolean committable() {
		return this.errors.isEmpty() && !this.committed && (this.toCreate + this.toUpdate) > 0;
	}

}
