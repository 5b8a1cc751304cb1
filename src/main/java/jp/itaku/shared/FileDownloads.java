package jp.itaku.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sends a stored document as an attachment that no browser renders inline or sniffs: the
 * type detected at upload, {@code nosniff}, and the name both as plain ASCII and, for
 * Japanese names, as {@code filename*} (RFC 6266, RFC 5987).
 */
public final class FileDownloads {

	private FileDownloads() {
	}

	/**
	 * The response that sends the bytes as a download.
	 * @param fileName the stored (already safe) name
	 * @param contentType the type detected at upload
	 * @param content the bytes
	 */
	public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

	/** The Content-Disposition of an attachment named {@code fileName}. */
	public static String contentDisposition(String fileName) {
		StringBuilder ascii = new StringBuilder();
		fileName.codePoints()
			.map((c) -> (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == ';' || c == '%') ? '_' : c)
			.forEach(ascii::appendCodePoint);
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
