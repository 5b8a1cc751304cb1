package jp.itaku.selection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which evidence files are accepted and how their names are made safe (規程 4.1(1) SEL-01).
 */
class EvidenceFilesTests {

	@Test
	void aWordDocumentIsToldFromAPlainZipByItsParts() throws IOException {
		assertThat(EvidenceFiles.detectType(zip("word/document.xml"))).contains(EvidenceFiles.DOCX);
		assertThat(EvidenceFiles.detectType(zip("xl/workbook.xml"))).contains(EvidenceFiles.XLSX);
		assertThat(EvidenceFiles.detectType(zip("payload.exe"))).isEmpty();
	}

	@Test
	void picturesAreToldByTheirSignature() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0 };

		assertThat(EvidenceFiles.detectType(png)).contains(EvidenceFiles.PNG);
		assertThat(EvidenceFiles.detectType(jpeg)).contains(EvidenceFiles.JPEG);
	}

	@Test
	void aFileThatOnlyMentionsPdfLaterIsNotAPdf() {
		assertThat(EvidenceFiles.detectType(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(EvidenceFiles.detectType("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void theNameLosesItsPathAndControlCharacters() {
		assertThat(EvidenceFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceFiles.safeName("C:\\Users\\担当\\見積書.pdf")).isEqualTo("見積書.pdf");
		assertThat(EvidenceFiles.safeName("a\r\nb\u0000.pdf")).isEqualTo("ab.pdf");
		assertThat(EvidenceFiles.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
	}

	@Test
	void anEmptyOrHiddenNameBecomesDocument() {
		assertThat(EvidenceFiles.safeName(null)).isEqualTo("document");
		assertThat(EvidenceFiles.safeName("dir/")).isEqualTo("document");
		assertThat(EvidenceFiles.safeName(".bashrc")).isEqualTo("bashrc");
	}

	@Test
	void aLongNameIsCutButKeepsItsExtension() {
		String name = EvidenceFiles.safeName("資".repeat(300) + ".pdf");

		assertThat(name).hasSize(EvidenceFiles.MAX_NAME).endsWith("資.pdf");
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
