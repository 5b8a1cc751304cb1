package jp.itaku.selection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sends an evidence document as an attachment that no browser renders inline or sniffs:
 * the type detected at upload, {@code nosniff}, and the name both as plain ASCII and, for
 * Japanese names, as {@code filename*} (RFC 6266, RFC 5987).
 */
final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	static ResponseEntity<byte[]> attachment(EvidenceDocuments.Download download) {
		EvidenceDocumentView document = download.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(download.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(download.content());
	}

	static String contentDisposition(String fileName) {
		StringBuilder ascii = new StringBuilder();
		fileName.codePoints()
			.map((c) -> (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == ';' || c == '%') ? '_' : c)
			.forEach(ascii::appendCodePoint);
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
