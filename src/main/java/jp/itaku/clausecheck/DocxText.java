package jp.itaku.clausecheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document, paragraphs and tables in document order (a table row on
 * one line, its cells apart), each list paragraph with the number Word draws before it
 * (see {@link DocxNumbering}). Before POI opens it, the ZIP is unpacked once into nothing
 * to count what it unpacks to: a file that grows past the limit or more than 100-fold is
 * a zip bomb and refused. POI's own inflate-ratio check stays on as well.
 */
final class DocxText {

	private static final int MAX_ENTRIES = 2_000;

	private static final long MAX_RATIO = 100;

	// small files may compress well by nature; the ratio only matters past this size
	private static final long RATIO_FLOOR = 10L * 1024 * 1024;

	private DocxText() {
	}

	static String read(byte[] content, ClauseCheckSettings settings) {
		if (!DocumentReader.isDocx(content)) {
			throw DocumentRefused.unsupported();
		}
		checkUnpackedSize(content, settings);
		StringBuilder text = new StringBuilder();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			// Word's list numbering (第%1条, %2, (%3)) is not in the text: render it
			DocxNumbering numbers = new DocxNumbering(document.getNumbering());
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					append(text, numbers.label(paragraph) + paragraph.getText(), settings);
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						StringBuilder line = new StringBuilder();
						for (XWPFTableCell cell : row.getTableCells()) {
							if (!line.isEmpty()) {
								line.append(' ');
							}
							line.append(cell.getText().replace('\n', ' '));
						}
						append(text, line.toString(), settings);
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocumentRefused refused) {
				throw refused;
			}
			// POI's own zip-bomb check and broken files end here
			throw new DocumentRefused(400, "clausecheck.error.unreadable");
		}
		return text.toString();
	}

	private static void append(StringBuilder text, String line, ClauseCheckSettings settings) {
		if (text.length() + line.length() > settings.maxCharacters()) {
			throw DocumentRefused.tooLarge();
		}
		text.append(line).append('\n');
	}

	private static void checkUnpackedSize(byte[] content, ClauseCheckSettings settings) {
		long limit = Math.min(settings.maxUnpackedBytes().toBytes(), Math.max(RATIO_FLOOR, content.length * MAX_RATIO));
		long unpacked = 0;
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = new ByteArrayInputStream(content); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new DocumentRefused(400, "clausecheck.error.zipBomb");
				}
				int read;
				while ((read = zip.read(buffer)) > 0) {
					unpacked += read;
					if (unpacked > limit) {
						throw new DocumentRefused(400, "clausecheck.error.zipBomb");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new DocumentRefused(400, "clausecheck.error.unreadable");
		}
	}

}
