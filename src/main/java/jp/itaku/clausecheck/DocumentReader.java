package jp.itaku.clausecheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Turns an uploaded contract into text. The type is told by the content (PDF by its
 * header, DOCX by a ZIP holding {@code word/document.xml}, otherwise text without NUL
 * bytes), never by the name. Text is UTF-8 when it says so by its BOM or decodes strictly
 * as UTF-8, else Shift_JIS (MS932, as Windows writes it). Encrypted PDFs, PDFs without a
 * text layer, ZIP bombs and anything past the limits are refused.
 */
final class DocumentReader {

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	// a PDF may have some bytes before its header; readers look in the first kilobyte
	private static final int PDF_HEADER_WINDOW = 1024;

	private static final int MAX_ZIP_ENTRIES = 2_000;

	// fewer visible characters than this per page means scanned images, not text
	private static final int MIN_CHARACTERS_PER_PAGE = 10;

	private static final Charset MS932 = Charset.forName("windows-31j");

	private final ClauseCheckSettings settings;

	DocumentReader(ClauseCheckSettings settings) {
		this.settings = settings;
	}

	String read(byte[] content) {
		if (content.length > this.settings.maxBytes().toBytes()) {
			throw DocumentRefused.tooLarge();
		}
		if (content.length == 0) {
			throw new DocumentRefused(400, "clausecheck.error.empty");
		}
		String text;
		if (indexOf(content, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
			text = pdf(content);
		}
		else if (indexOf(content, ZIP_MAGIC, 1) == 0) {
			text = DocxText.read(content, this.settings);
		}
		else {
			text = plainText(content);
		}
		return limited(text);
	}

	/** The text as typed or pasted, within the character limit. */
	String limited(String text) {
		if (text.length() > this.settings.maxCharacters()) {
			throw DocumentRefused.tooLarge();
		}
		if (text.isBlank()) {
			throw new DocumentRefused(400, "clausecheck.error.empty");
		}
		return text;
	}

	private String pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw new DocumentRefused(400, "clausecheck.error.encrypted");
			}
			int pages = document.getNumberOfPages();
			if (pages > this.settings.maxPages()) {
				throw DocumentRefused.tooLarge();
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			long visible = text.codePoints().filter((c) -> !Character.isWhitespace(c)).count();
			if (visible < (long) MIN_CHARACTERS_PER_PAGE * Math.max(1, pages)) {
				throw new DocumentRefused(400, "clausecheck.error.noTextLayer");
			}
			return text;
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentRefused(400, "clausecheck.error.encrypted");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocumentRefused refused) {
				throw refused;
			}
			throw new DocumentRefused(400, "clausecheck.error.unreadable");
		}
	}

	private static String plainText(byte[] content) {
		int probe = Math.min(content.length, 8192);
		for (int i = 0; i < probe; i++) {
			if (content[i] == 0) {
				// UTF-16 and binary formats have NUL bytes; contracts as text do not
				throw DocumentRefused.unsupported();
			}
		}
		if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return strict(StandardCharsets.UTF_8, content);
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return strict(MS932, content);
			}
			catch (CharacterCodingException neither) {
				throw DocumentRefused.unsupported();
			}
		}
	}

	private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content))
			.toString();
	}

	/** Whether the ZIP holds a Word document, looking at entry names only. */
	static boolean isDocx(byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static int indexOf(byte[] content, byte[] magic, int window) {
		int last = Math.min(window, content.length - magic.length + 1);
		outer: for (int start = 0; start < last; start++) {
			for (int i = 0; i < magic.length; i++) {
				if (content[start + i] != magic[i]) {
					continue outer;
				}
			}
			return start;
		}
		return -1;
	}

}
