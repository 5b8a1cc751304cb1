package jp.itaku.contractor.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSinkTests {

	private static final Charset MS932 = Charset.forName("windows-31j");

	@Test
	void utf8StartsWithAByteOrderMarkSoThatExcelReadsItAsUtf8() throws IOException {
		byte[] bytes = write(CsvEncoding.UTF_8, List.of("名称"));
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("名称\r\n");
	}

	@Test
	void shiftJisWritesWindowsCharactersAsExcelExpects() throws IOException {
		// FULLWIDTH TILDE and the NEC circled digit, as Excel on Windows reads them
		assertThat(write(CsvEncoding.SHIFT_JIS, List.of("～①"))).containsExactly(0x81, 0x60, 0x87, 0x40, 0x0D, 0x0A);
		assertThat(new String(write(CsvEncoding.SHIFT_JIS, List.of("髙﨑")), MS932)).isEqualTo("髙﨑\r\n");
	}

	@Test
	void shiftJisReplacesWhatItCannotRepresentVisiblyAndCountsIt() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvSink sink = new CsvSink(out, CsvEncoding.SHIFT_JIS)) {
			sink.row(List.of("絵文字😀と𠮷"));
			assertThat(sink.replacedCharacters()).isEqualTo(2);
		}
		assertThat(new String(out.toByteArray(), MS932)).isEqualTo("絵文字〓と〓\r\n");
	}

	@Test
	void prefixesCellsThatASpreadsheetWouldReadAsFormulas() throws IOException {
		byte[] bytes = write(CsvEncoding.UTF_8, List.of("=1+2", "+81", "-5", "@SUM(A1)", "\tx", "safe"));
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("'=1+2,'+81,'-5,'@SUM(A1),'\tx,safe\r\n");
	}

	@Test
	void quotesFieldsHoldingCommasQuotesOrLineBreaks() throws IOException {
		byte[] bytes = write(CsvEncoding.UTF_8, List.of("a,b", "say \"hi\"", "two\nlines"));
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	private static byte[] write(CsvEncoding encoding, List<String> cells) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvSink sink = new CsvSink(out, encoding)) {
			sink.row(cells);
			sink.finish();
		}
		return out.toByteArray();
	}

}
