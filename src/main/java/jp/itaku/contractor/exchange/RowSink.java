package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.util.List;

/**
 * Where export rows go: an xlsx workbook or a CSV stream.
 */
interface RowSink extends AutoCloseable {

	void header(List<String> cells) throws IOException;

	void row(List<String> cells) throws IOException;

	/** Writes what is buffered to the stream; the stream itself stays open. */
	void finish() throws IOException;

	/** Characters the target encoding could not represent and that were replaced. */
	default long replacedCharacters() {
		return 0;
	}

	@Override
	void close() throws IOException;

	/**
	 * Whether a spreadsheet would read the text as a formula (CSV/formula injection): it
	 * starts with {@code = + - @}, a tab or a carriage return.
	 */
	static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
