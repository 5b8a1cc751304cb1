package jp.itaku.clausecheck;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The clause-check screen (規程 4.2): upload a contract or paste its text, see each of the
 * 37 requirements' verdict with its evidence, and the contract's structure with the
 * passages highlighted. Nothing is stored.
 */
@Controller
@PreAuthorize(ClauseCheckRoles.CHECKERS)
class ClauseCheckController {

	private static final int MAX_PASTED = 2_000_000;

	private final ClauseChecks checks;

	ClauseCheckController(ClauseChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/clause-checks")
	String form() {
		return "clausecheck/check";
	}

	@PostMapping("/clause-checks")
	String check(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "text", required = false) String text, Model model, HttpServletResponse response)
			throws IOException {
		try {
			ClauseCheckResult result;
			if (file != null && !file.isEmpty()) {
				if (file.getSize() > this.checks.maxBytes()) {
					throw DocumentRefused.tooLarge();
				}
				result = this.checks.check(file.getBytes());
				model.addAttribute("fileName", file.getOriginalFilename());
			}
			else if (text != null && !text.isBlank()) {
				if (text.length() > MAX_PASTED) {
					throw DocumentRefused.tooLarge();
				}
				result = this.checks.check(text);
				model.addAttribute("text", text);
			}
			else {
				throw new DocumentRefused(400, "clausecheck.error.empty");
			}
			model.addAttribute("page", ClauseCheckPage.of(result));
		}
		catch (DocumentRefused ex) {
			response.setStatus(ex.status());
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("text", text);
		}
		return "clausecheck/check";
	}

}
