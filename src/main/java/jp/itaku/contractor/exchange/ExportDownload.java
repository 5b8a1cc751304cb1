package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends an export or the import template as a download, named like
 * {@code 委託先台帳_2026-11-26.xlsx}: the header carries an ASCII name for old clients and the
 * real one as {@code filename*} (RFC 6266, RFC 5987).
 */
@Component
class ExportDownload {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RegisterExport export;

	private final ImportTemplate template;

	private final ExchangeLabels labels;

	private final Clock clock;

	ExportDownload(RegisterExport export, ImportTemplate template, ExchangeLabels labels, Clock clock) {
		this.export = export;
		this.template = template;
		this.labels = labels;
		this.clock = clock;
	}

	void export(ExportRequest request, Locale locale, HttpServletResponse response) throws IOException {
		String extension = request.csv() ? ".csv" : ".xlsx";
		if (request.csv()) {
			CsvEncoding encoding = request.csvEncoding();
			response.setContentType("text/csv; charset=" + ((encoding == CsvEncoding.UTF_8) ? "UTF-8" : "Shift_JIS"));
		}
		else {
			response.setContentType(XLSX);
		}
		attachment(response, "exchange.export.fileName", "contractors", extension, locale);
		this.export.export(request, locale, response.getOutputStream());
	}

	void template(Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		attachment(response, "exchange.template.fileName", "contractor-import-template", ".xlsx", locale);
		this.template.write(locale, response.getOutputStream());
	}

	private void attachment(HttpServletResponse response, String nameKey, String asciiName, String extension,
			Locale locale) {
		String date = "_" + LocalDate.now(this.clock);
		String name = this.labels.text(nameKey, locale) + date + extension;
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + asciiName + date + extension + "\"; filename*=UTF-8''" + encoded);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
