package jp.itaku.contract;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.itaku.shared.FileDownloads;
import jp.itaku.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaching, withdrawing and downloading contract documents on the contract page. */
@Controller
class ContractDocumentController {

	private final ContractDocuments documents;

	private final MessageSource messages;

	ContractDocumentController(ContractDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@PostMapping("/contracts/{id}/documents")
	@PreAuthorize(ContractRoles.WRITERS)
	String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			this.documents.attach(id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("notice", "contract.document.notice.attached");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("documentErrors", texts(ex, locale));
		}
		return "redirect:/contracts/" + id + "#documents";
	}

	@PostMapping("/contracts/{id}/documents/{documentId}/withdraw")
	@PreAuthorize(ContractRoles.WRITERS)
	String withdraw(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam(required = false) String reason,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.documents.withdraw(id, documentId, reason);
			redirect.addFlashAttribute("notice", "contract.document.notice.withdrawn");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("documentErrors", texts(ex, locale));
		}
		return "redirect:/contracts/" + id + "#documents";
	}

	@GetMapping("/contracts/{id}/documents/{documentId}")
	@PreAuthorize(ContractRoles.READERS)
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		ContractDocuments.Download download = this.documents.download(id, documentId);
		return FileDownloads.attachment(download.document().fileName(), download.document().contentType(),
				download.content());
	}

	// resolved here: flash attributes travel through the JDBC session as plain text
	private List<String> texts(InvalidInputException ex, Locale locale) {
		return ex.errors()
			.stream()
			.map((problem) -> this.messages.getMessage(problem.messageKey(), problem.arguments(), locale))
			.toList();
	}

}
