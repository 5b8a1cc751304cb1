package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Writes RFC 4180 CSV (CRLF, fields quoted when needed) in UTF-8 with BOM or in
 * windows-31j. A character windows-31j cannot represent becomes 〓 (geta, the customary
 * visible mark for a missing character) and is counted; the caller reports the count.
 * Text a spreadsheet would read as a formula gets a leading {@code '}.
 */
final class CsvSink implements RowSink {

	static final char REPLACEMENT = '〓';

	private final OutputStream out;

	private final CharsetEncoder encoder;

	private final StringBuilder line = new StringBuilder(512);

	private long replaced;

	CsvSink(OutputStream out, CsvEncoding encoding) throws IOException {
		this.out = out;
		this.encoder = encoding.charset()
			.newEncoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		if (encoding.byteOrderMark()) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
	}

	@Override
	public void header(List<String> cells) throws IOException {
		write(cells);
	}

	@Override
	public void row(List<String> cells) throws IOException {
		write(cells);
	}

	private void write(List<String> cells) throws IOException {
		this.line.setLength(0);
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.line.append(',');
			}
			String value = (cells.get(i) != null) ? cells.get(i) : "";
			if (RowSink.looksLikeFormula(value)) {
				value = "'" + value;
			}
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0) {
				this.line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				this.line.append(value);
			}
		}
		this.line.append("\r\n");
		this.out.write(encode(this.line));
	}

	private byte[] encode(CharSequence text) {
		try {
			return toArray(this.encoder.reset().encode(CharBuffer.wrap(text)));
		}
		catch (CharacterCodingException ex) {
			return encodeWithReplacement(text);
		}
	}

	/** The slow path, taken only for lines holding a character the encoding lacks. */
	private byte[] encodeWithReplacement(CharSequence text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			String character = new String(Character.toChars(cp));
			if (this.encoder.reset().canEncode(character)) {
				safe.append(character);
			}
			else {
				safe.append(REPLACEMENT);
				this.replaced++;
			}
		});
		try {
			return toArray(this.encoder.reset().encode(CharBuffer.wrap(safe)));
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException("replacement character not encodable", ex);
		}
	}

	private static byte[] toArray(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	@Override
	public long replacedCharacters() {
		return this.replaced;
	}

	@Override
	public void finish() throws IOException {
		this.out.flush();
	}

	@Override
	public void close() {
		// the caller owns the stream
	}

}
