package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Screens for exporting and importing the register: upload, preview, commit, result.
 */
@Controller
class ContractorExchangeController {

	private final ExportDownload download;

	private final ContractorImports imports;

	private final ImportViews views;

	private final MessageSource messages;

	ContractorExchangeController(ExportDownload download, ContractorImports imports, ImportViews views,
			MessageSource messages) {
		this.download = download;
		this.imports = imports;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/contractors/export")
	@PreAuthorize(ExchangeRoles.EXPORT)
	void export(@Valid ExportRequest request, Locale locale, HttpServletResponse response) throws IOException {
		this.download.export(request, locale, response);
	}

	@GetMapping("/contractors/import/template.xlsx")
	@PreAuthorize(ExchangeRoles.IMPORT)
	void template(Locale locale, HttpServletResponse response) throws IOException {
		this.download.template(locale, response);
	}

	@GetMapping("/contractors/import")
	@PreAuthorize(ExchangeRoles.IMPORT)
	String form() {
		return "contractor/exchange/import";
	}

	@PostMapping("/contractors/import")
	@PreAuthorize(ExchangeRoles.IMPORT)
	String upload(@RequestParam("file") MultipartFile file, Locale locale, Model model) throws IOException {
		try {
			StoredImport stored = this.imports.preview(file.getOriginalFilename(), file.getBytes());
			return "redirect:/contractors/import/" + stored.token();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", message(ex, locale));
			return "contractor/exchange/import";
		}
	}

	@GetMapping("/contractors/import/{token}")
	@PreAuthorize(ExchangeRoles.IMPORT)
	String preview(@PathVariable String token, Locale locale, Model model) {
		try {
			model.addAttribute("preview", this.views.of(this.imports.get(token), locale));
			return "contractor/exchange/preview";
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), null, locale));
			return "contractor/exchange/import";
		}
	}

	@PostMapping("/contractors/import/{token}/commit")
	@PreAuthorize(ExchangeRoles.IMPORT)
	String commit(@PathVariable String token, Locale locale, Model model) {
		try {
			model.addAttribute("result", this.imports.commit(token));
			return "contractor/exchange/result";
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), null, locale));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", message(ex, locale));
		}
		return "contractor/exchange/import";
	}

	private String message(InvalidInputException ex, Locale locale) {
		InvalidInputException.FieldProblem problem = ex.errors().get(0);
		return this.messages.getMessage(problem.messageKey(), problem.arguments(), locale);
	}

}
