package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register's export and import over the API: the same files as the screens.
 */
@ApiController("/api/v1/contractors")
@Tag(name = "Contractor register: export and import")
class ContractorExchangeApi {

	private final ExportDownload download;

	private final ContractorImports imports;

	private final ImportViews views;

	ContractorExchangeApi(ExportDownload download, ContractorImports imports, ImportViews views) {
		this.download = download;
		this.imports = imports;
		this.views = views;
	}

	@Operation(summary = "Export the register's list as xlsx or CSV",
			description = "format=xlsx|csv, encoding=utf-8|shift_jis, and the list's filters q, status, "
					+ "supplierType, riskTier, accessKind, department, sort")
	@GetMapping("/export")
	@PreAuthorize(ExchangeRoles.EXPORT)
	void export(@Valid ExportRequest request, Locale locale, HttpServletResponse response) throws IOException {
		this.download.export(request, locale, response);
	}

	@Operation(summary = "Upload an xlsx or CSV file and preview its import; nothing is written")
	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ExchangeRoles.IMPORT)
	ResponseEntity<ImportPreviewView> preview(@RequestParam("file") MultipartFile file, Locale locale)
			throws IOException {
		StoredImport stored = this.imports.preview(file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.ok(this.views.of(stored, locale));
	}

	@Operation(summary = "Read a previewed import again")
	@GetMapping("/imports/{token}")
	@PreAuthorize(ExchangeRoles.IMPORT)
	ImportPreviewView previewed(@PathVariable String token, Locale locale) {
		return this.views.of(this.imports.get(token), locale);
	}

	@Operation(summary = "Commit a previewed import: all rows or none",
			description = "400 while the preview has errors, 409 when expired, already committed or stale")
	@PostMapping("/imports/{token}/commit")
	@PreAuthorize(ExchangeRoles.IMPORT)
	ImportResult commit(@PathVariable String token) {
		return this.imports.commit(token);
	}

}
