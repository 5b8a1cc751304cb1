package jp.itaku.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

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

	/**
	 * Answers the page itself, so that the outcome shows beside the settings it tested.
	 */
	@PostMapping("/notifications/mail/test")
	String test(Model model) {
		model.addAttribute("outcome", this.mailStatus.sendTestToMe());
		return status(model);
	}

}
