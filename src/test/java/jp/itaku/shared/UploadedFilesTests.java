package jp.itaku.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which uploaded documents are accepted and how their names are made safe (evidence of 規程
 * 4.1(1) SEL-01, contract documents of 規程 4.2).
 */
class UploadedFilesTests {

	@Test
	void aWordDocumentIsToldFromAPlainZipByItsParts() throws IOException {
		assertThat(UploadedFiles.detectType(zip("word/document.xml"))).contains(UploadedFiles.DOCX);
		assertThat(UploadedFiles.detectType(zip("xl/workbook.xml"))).contains(UploadedFiles.XLSX);
		assertThat(UploadedFiles.detectType(zip("payload.exe"))).isEmpty();
	}

	@Test
	void aZipWithOnlyAWordFolderButNoMainDocumentIsNotADocx() throws IOException {
		assertThat(UploadedFiles.detectType(zip("word/media/image1.png"))).isEmpty();
	}

	@Test
	void aPdfIsToldByItsSignatureAndItsHashIsHexSha256() {
		byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

		assertThat(UploadedFiles.detectType(pdf)).contains(UploadedFiles.PDF);
		assertThat(UploadedFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void aJapaneseNameIsSentAsFilenameStarWithAnAsciiFallback() {
		assertThat(FileDownloads.contentDisposition("契約書 v2.pdf"))
			.isEqualTo("attachment; filename=\"___ v2.pdf\"; filename*=UTF-8''%E5%A5%91%E7%B4%84%E6%9B%B8%20v2.pdf");
	}

	@Test
	void picturesAreToldByTheirSignature() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0 };

		assertThat(UploadedFiles.detectType(png)).contains(UploadedFiles.PNG);
		assertThat(UploadedFiles.detectType(jpeg)).contains(UploadedFiles.JPEG);
	}

	@Test
	void aFileThatOnlyMentionsPdfLaterIsNotAPdf() {
		assertThat(UploadedFiles.detectType(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(UploadedFiles.detectType("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void theNameLosesItsPathAndControlCharacters() {
		assertThat(UploadedFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(UploadedFiles.safeName("C:\\Users\\担当\\見積書.pdf")).isEqualTo("見積書.pdf");
		assertThat(UploadedFiles.safeName("a\r\nb\u0000.pdf")).isEqualTo("ab.pdf");
		assertThat(UploadedFiles.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
	}

	@Test
	void anEmptyOrHiddenNameBecomesDocument() {
		assertThat(UploadedFiles.safeName(null)).isEqualTo("document");
		assertThat(UploadedFiles.safeName("dir/")).isEqualTo("document");
		assertThat(UploadedFiles.safeName(".bashrc")).isEqualTo("bashrc");
	}

	@Test
	void aLongNameIsCutButKeepsItsExtension() {
		String name = UploadedFiles.safeName("資".repeat(300) + ".pdf");

		assertThat(name).hasSize(UploadedFiles.MAX_NAME).endsWith("資.pdf");
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
