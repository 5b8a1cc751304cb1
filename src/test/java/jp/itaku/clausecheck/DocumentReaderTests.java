package jp.itaku.clausecheck;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.itaku.clausecheck.TestDocuments.ListLevel;
import jp.itaku.clausecheck.TestDocuments.ListParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading uploads: type by content, PDF text layer, DOCX paragraphs and tables in order,
 * UTF-8 and Shift_JIS text; bad input refused with the status the API answers.
 */
class DocumentReaderTests {

	private static final String CONTRACT = "第1条（目的）\n本契約は、甲が乙に委託する業務の条件を定める。\n";

	private final DocumentReader reader = new DocumentReader(ClauseCheckSettings.defaults());

	@Test
	void readsTheTextLayerOfAPdf() {
		String text = this.reader
			.read(TestDocuments.pdf(List.of("Article 1 (Purpose)", "Article 2 (Confidentiality)")));
		assertThat(text).contains("Article 1 (Purpose)").contains("Article 2 (Confidentiality)");
		assertThat(text.indexOf("Article 1")).isLessThan(text.indexOf("Article 2"));
	}

	@Test
	void readsParagraphsAndTablesOfADocxInDocumentOrder() {
		byte[] docx = TestDocuments.docx(List.of("第1条（目的）", "本契約は業務の条件を定める。"),
				List.of(List.of("区分", "措置"), List.of("区分A", "暗号化")), List.of("第2条（再委託）"));
		String text = this.reader.read(docx);
		assertThat(text.lines().toList()).containsExactly("第1条（目的）", "本契約は業務の条件を定める。", "区分 措置", "区分A 暗号化", "第2条（再委託）");
	}

	@Test
	void writesTheArticleParagraphAndItemNumbersThatWordListNumberingDraws() {
		byte[] docx = TestDocuments.numberedDocx(
				List.of(new ListLevel("第%1条", "japaneseCounting"), new ListLevel("%2", "decimalFullWidth"),
						new ListLevel("%3", "decimalEnclosedCircle")),
				List.of(new ListParagraph(0, "（秘密保持）"), new ListParagraph(1, "乙は秘密情報を開示しない。"),
						new ListParagraph(1, "乙は次の措置を講ずる。"), new ListParagraph(2, "暗号化"),
						new ListParagraph(2, "アクセス制御"), new ListParagraph(0, "（再委託）"),
						new ListParagraph(1, "乙は再委託しない。"), new ListParagraph(-1, "以上")));
		assertThat(this.reader.read(docx).lines().toList()).containsExactly("第一条 （秘密保持）", "１ 乙は秘密情報を開示しない。",
				"２ 乙は次の措置を講ずる。", "① 暗号化", "② アクセス制御", "第二条 （再委託）", "１ 乙は再委託しない。", "以上");
	}

	@Test
	void readsUtf8Text() {
		assertThat(this.reader.read(CONTRACT.getBytes(StandardCharsets.UTF_8))).isEqualTo(CONTRACT);
	}

	@Test
	void readsUtf8TextWithAByteOrderMark() {
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		byte[] body = CONTRACT.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);
		assertThat(this.reader.read(content)).isEqualTo(CONTRACT);
	}

	@Test
	void readsShiftJisTextAsWindowsWritesIt() {
		String withWindowsCharacters = CONTRACT + "①髙橋～\n";
		assertThat(this.reader.read(withWindowsCharacters.getBytes(Charset.forName("windows-31j"))))
			.isEqualTo(withWindowsCharacters);
	}

	@Test
	void refusesAnEncryptedPdf() {
		assertRefused(TestDocuments.encryptedPdf(List.of("Article 1")), 400, "clausecheck.error.encrypted");
	}

	@Test
	void refusesAPdfWithoutATextLayer() {
		assertRefused(TestDocuments.imageOnlyPdf(), 400, "clausecheck.error.noTextLayer");
	}

	@Test
	void refusesADocxThatUnpacksPastTheLimit() {
		DocumentReader strict = new DocumentReader(
				new ClauseCheckSettings(DataSize.ofMegabytes(20), 2_000_000, 2_000, DataSize.ofMegabytes(4)));
		assertThatThrownBy(() -> strict.read(TestDocuments.zipBombDocx(16))).isInstanceOfSatisfying(
				DocumentRefused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("clausecheck.error.zipBomb"));
	}

	@Test
	void refusesAFileOverTheSizeLimit() {
		DocumentReader small = new DocumentReader(
				new ClauseCheckSettings(DataSize.ofBytes(64), 2_000_000, 2_000, DataSize.ofMegabytes(200)));
		assertThatThrownBy(() -> small.read(CONTRACT.repeat(10).getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(DocumentRefused.class, (refused) -> assertThat(refused.status()).isEqualTo(413));
	}

	@Test
	void refusesTextLongerThanTheCharacterLimit() {
		DocumentReader small = new DocumentReader(
				new ClauseCheckSettings(DataSize.ofMegabytes(20), 100, 2_000, DataSize.ofMegabytes(200)));
		assertThatThrownBy(() -> small.limited(CONTRACT.repeat(10))).isInstanceOfSatisfying(DocumentRefused.class,
				(refused) -> assertThat(refused.status()).isEqualTo(413));
	}

	@Test
	void refusesAnImageWhateverItsName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		assertRefused(png, 415, "clausecheck.error.unsupportedType");
	}

	@Test
	void refusesAZipThatIsNotAWordDocument() {
		byte[] xlsxLike = TestDocuments.zipBombDocx(0);
		xlsxLike = new String(xlsxLike, StandardCharsets.ISO_8859_1).replace("word/document.xml", "xl/workbook.xmlx")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(xlsxLike, 415, "clausecheck.error.unsupportedType");
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], 400, "clausecheck.error.empty");
	}

	private void assertRefused(byte[] content, int status, String messageKey) {
		assertThatThrownBy(() -> this.reader.read(content)).isInstanceOfSatisfying(DocumentRefused.class, (refused) -> {
			assertThat(refused.status()).isEqualTo(status);
			assertThat(refused.messageKey()).isEqualTo(messageKey);
		});
	}

}
