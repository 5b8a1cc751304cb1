package jp.itaku.contractor.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contact;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.CorporateNumber;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Test data for the exchange tests: valid 法人番号, contractor details and files written in
 * code.
 */
final class ExchangeFixtures {

	private ExchangeFixtures() {
	}

	/**
	 * A word no other test's data contains, to find this test's contractors by search.
	 */
	static String marker() {
		StringBuilder word = new StringBuilder("zx");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	/** A random 法人番号 with a correct check digit. */
	static String corporateNumber() {
		String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
		for (int check = 1; check <= 9; check++) {
			if (CorporateNumber.isValid(check + base)) {
				return check + base;
			}
		}
		throw new IllegalStateException("no check digit for " + base);
	}

	static ContractorDetails details(String name) {
		return new ContractorDetails(name, "テストショウジ", corporateNumber(), "100-0001", "東京都千代田区千代田1-1", "山田 太郎", null,
				Set.of(SupplierType.IT_SERVICE, SupplierType.CLOUD_SERVICE), Set.of(AccessKind.VIEW, AccessKind.STORE),
				InformationClassification.CONFIDENTIAL, null, null, "情報システム部", "member", "備考",
				List.of(new Contact("佐藤 花子", "営業部", "hanako@example.jp", "03-1234-5678", true)));
	}

	static MockMultipartFile csvUtf8WithBom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		return file("import.csv", bytes);
	}

	static MockMultipartFile csvShiftJis(String text) {
		return file("import.csv", text.getBytes(Charset.forName("windows-31j")));
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	/** Header of a minimal file: name, kana, 法人番号. */
	static String minimalHeader() {
		return "名称,名称カナ,法人番号\r\n";
	}

	static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
