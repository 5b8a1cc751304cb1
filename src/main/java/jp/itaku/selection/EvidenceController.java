package jp.itaku.selection;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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

/**
 * Attaching and downloading evidence documents on an evaluation's page (規程 4.1(1)
 * SEL-01).
 */
@Controller
class EvidenceController {

	private final EvidenceDocuments documents;

	private final MessageSource messages;

	EvidenceController(EvidenceDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@PostMapping("/selection/evaluations/{id}/documents")
	@PreAuthorize(SelectionRoles.WRITERS)
	String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "criterion", required = false) String criterion, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			this.documents.attach(id, criterion, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("flash", "selection.evidence.flash.attached");
		}
		catch (InvalidInputException ex) {
			// resolved here: the flash attributes travel through the JDBC session as
			// plain text
			List<String> errors = ex.errors()
				.stream()
				.map((problem) -> this.messages.getMessage(problem.messageKey(), problem.arguments(), locale))
				.toList();
			redirect.addFlashAttribute("evidenceErrors", errors);
		}
		return "redirect:/selection/evaluations/" + id + "#evidence";
	}

	@GetMapping("/selection/evaluations/{id}/documents/{documentId}")
	@PreAuthorize(SelectionRoles.READERS)
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return EvidenceDocuments.attachment(this.documents.download(id, documentId));
	}

}
