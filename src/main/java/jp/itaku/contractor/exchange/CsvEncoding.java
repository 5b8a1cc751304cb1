package jp.itaku.contractor.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings a CSV export is offered in. Shift_JIS means Microsoft's variant
 * (windows-31j, MS932): it is what Excel reads, and unlike strict Shift_JIS it maps ～, ①,
 * 﨑 and the NEC/IBM extensions the way Windows users expect.
 */
enum CsvEncoding {

	UTF_8(StandardCharsets.UTF_8, true), SHIFT_JIS(Charset.forName("windows-31j"), false);

	private final Charset charset;

	private final boolean byteOrderMark;

	CsvEncoding(Charset charset, boolean byteOrderMark) {
		this.charset = charset;
		this.byteOrderMark = byteOrderMark;
	}

	Charset charset() {
		return this.charset;
	}

	/** UTF-8 gets a BOM: without it Excel opens the file as the local ANSI code page. */
	boolean byteOrderMark() {
		return this.byteOrderMark;
	}

	/** Accepts {@code utf-8}, {@code utf8}, {@code shift_jis}, {@code sjis}, any case. */
	static CsvEncoding parse(String text) {
		if (text == null || text.isBlank()) {
			return UTF_8;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT).replace("-", "_")) {
			case "utf_8", "utf8" -> UTF_8;
			case "shift_jis", "sjis", "windows_31j", "ms932", "cp932" -> SHIFT_JIS;
			default -> throw new IllegalArgumentException("unknown encoding " + text);
		};
	}

}
