package jp.itaku.clausecheck;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Documents built in the test: PDFs with PDFBox, DOCX with POI, and a zip bomb. */
final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * A PDF whose text layer holds the lines (Latin text: the JDK has no Japanese font).
	 */
	static byte[] pdf(List<String> lines) {
		return pdf(lines, null);
	}

	/** The same, encrypted with a user password. */
	static byte[] encryptedPdf(List<String> lines) {
		return pdf(lines, "secret");
	}

	private static byte[] pdf(List<String> lines, String password) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.newLineAtOffset(50, 700);
				for (String line : lines) {
					content.showText(line);
					content.newLineAtOffset(0, -16);
				}
				content.endText();
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF with a scanned-looking image and no text layer. */
	static byte[] imageOnlyPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			scan.getGraphics().drawString("Article 1", 10, 50);
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 50, 500);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word document: the paragraphs, then a table of the rows given. */
	static byte[] docx(List<String> paragraphs, List<List<String>> rows, List<String> after) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraphs.forEach((text) -> document.createParagraph().createRun().setText(text));
			if (!rows.isEmpty()) {
				XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
				for (int r = 0; r < rows.size(); r++) {
					for (int c = 0; c < rows.get(r).size(); c++) {
						table.getRow(r).getCell(c).setText(rows.get(r).get(c));
					}
				}
			}
			after.forEach((text) -> document.createParagraph().createRun().setText(text));
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A level of a Word list: what it shows ({@code 第%1条}) and the number format
	 * ({@code japaneseCounting}).
	 */
	record ListLevel(String text, String format) {

	}

	/**
	 * A paragraph of a Word document; {@code level} is its list level in the one list of
	 * the document, or -1 for a paragraph outside the list.
	 */
	record ListParagraph(int level, String text) {

	}

	/**
	 * A Word document whose article, paragraph and item numbers come from Word's list
	 * numbering (numbering.xml), not from the text.
	 */
	static byte[] numberedDocx(List<ListLevel> levels, List<ListParagraph> paragraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ZERO);
			for (int i = 0; i < levels.size(); i++) {
				CTLvl level = definition.addNewLvl();
				level.setIlvl(BigInteger.valueOf(i));
				level.addNewStart().setVal(BigInteger.ONE);
				level.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels.get(i).format()));
				level.addNewLvlText().setVal(levels.get(i).text());
			}
			XWPFNumbering numbering = document.createNumbering();
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
			BigInteger numId = numbering.addNum(abstractId);
			for (ListParagraph item : paragraphs) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.createRun().setText(item.text());
				if (item.level() >= 0) {
					paragraph.setNumID(numId);
					paragraph.setNumILvl(BigInteger.valueOf(item.level()));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A ZIP that looks like a Word document but unpacks a few kilobytes into many
	 * megabytes.
	 */
	static byte[] zipBombDocx(int unpackedMegabytes) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < unpackedMegabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
