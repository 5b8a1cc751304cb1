package jp.itaku.contractor.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTests {

	private static final String TEXT = "髙﨑～①株式会社";

	@Test
	void readsUtf8WithAByteOrderMark() {
		byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		assertThat(CsvReader.decode(bytes)).isEqualTo(TEXT);
	}

	@Test
	void readsUtf8WithoutAByteOrderMark() {
		assertThat(CsvReader.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
	}

	@Test
	void readsWhatIsNotUtf8AsWindows31j() {
		assertThat(CsvReader.decode(TEXT.getBytes(Charset.forName("windows-31j")))).isEqualTo(TEXT);
	}

	@Test
	void keepsCommasQuotesAndLineBreaksInsideQuotedFields() {
		List<List<String>> records = CsvReader.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\n", 10);
		assertThat(records).containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("two\r\nlines", "x"));
	}

	@Test
	void readsALastLineWithoutLineBreak() {
		assertThat(CsvReader.parse("a,b\nc,", 10)).containsExactly(List.of("a", "b"), List.of("c", ""));
	}

}
