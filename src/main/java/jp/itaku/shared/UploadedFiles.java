package jp.itaku.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded document may be, for every module that keeps files (evidence of an
 * evaluation, contract documents): its type is told by its first bytes, never by the name
 * or the type the client claims, so that nothing but PDF, Word, Excel, PNG and JPEG is
 * kept and served; its name is cut to the file's own name without control characters; its
 * SHA-256 lets the counterpart verify the copy it holds.
 */
public final class UploadedFiles {

	public static final int MAX_NAME = 200;

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	// an Office file names its parts early; a ZIP that does not within this many is
	// refused
	private static final int MAX_ZIP_ENTRIES = 100;

	private UploadedFiles() {
	}

	/**
	 * A file that passed the checks: its safe name, detected type and SHA-256 (hex).
	 *
	 * @param fileName the name made safe by {@link #safeName}
	 * @param contentType the type detected by {@link #detectType}
	 * @param sha256 the SHA-256 of the content, lower-case hex
	 * @param content the bytes
	 */
	public record Checked(String fileName, String contentType, String sha256, byte[] content) {

		/** The checked form of a file whose type was detected. */
		public static Checked of(String originalName, String contentType, byte[] content) {
			return new Checked(safeName(originalName), contentType, UploadedFiles.sha256(content), content);
		}

	}

	/** The content type the bytes are, if one of those allowed. */
	public static Optional<String> detectType(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeType(content);
		}
		return Optional.empty();
	}

	/**
	 * The name without any path, control or bidirectional-override characters, at most
	 * {@value #MAX_NAME} characters (the extension kept); {@code document} when nothing
	 * is left.
	 */
	public static String safeName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && !isFormatCharacter(c))
			.forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		while (name.startsWith(".")) {
			// a leading dot would make a hidden file on the reader's machine
			name = name.substring(1);
		}
		if (name.isEmpty()) {
			return "document";
		}
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			String stem = name.substring(0, name.length() - extension.length());
			stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_NAME - extension.length()));
			name = stem + extension;
		}
		return name;
	}

	/** The SHA-256 of the bytes in lower-case hex. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static boolean isFormatCharacter(int c) {
		// right-to-left overrides and the like can make "exe.pdf" look like "fdp.exe"
		return Character.getType(c) == Character.FORMAT;
	}

	private static Optional<String> officeType(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
				// the main part each format must have, not just any part in its folder
				if (entry.getName().equals("word/document.xml")) {
					return Optional.of(DOCX);
				}
				if (entry.getName().equals("xl/workbook.xml")) {
					return Optional.of(XLSX);
				}
			}
			return Optional.empty();
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a readable ZIP: refused like any other unknown type
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
