package jp.itaku.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: whether mail is configured (server, port, sender; never the
 * password) and a test mail to themselves.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailStatusController {

	private final MailStatus mailStatus;

	MailStatusController(MailStatus mailStatus) {
		this.mailStatus = mailStatus;
	}

	@GetMapping("/notifications/mail")
	String status(Model model) {
		model.addAttribute("settings", this.mailStatus.settings());
		return "notification/mail";
	}

	@PostMapping("/notifications/mail/test")
	String test(RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", this.mailStatus.sendTestToMe());
		return "redirect:/notifications/mail";
	}

}
