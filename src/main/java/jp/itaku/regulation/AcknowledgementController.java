package jp.itaku.regulation;

import jp.itaku.shared.ConflictException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 既読確認 on screen (規程 8 PUB-01): a subject acknowledges the version they read; the
 * committee and auditors see who has and has not, and the committee reminds those who
 * have not.
 */
@Controller
@RequestMapping("/regulation/versions/{number}")
class AcknowledgementController {

	static final String OVERSEERS = "hasAnyRole('COMMITTEE','AUDITOR','ADMIN')";

	private final Acknowledgements acknowledgements;

	private final Regulation regulation;

	private final RevisionNotices notices;

	AcknowledgementController(Acknowledgements acknowledgements, Regulation regulation, RevisionNotices notices) {
		this.acknowledgements = acknowledgements;
		this.regulation = regulation;
		this.notices = notices;
	}

	@PostMapping("/acknowledge")
	@PreAuthorize(RegulationViews.SUBJECTS)
	String acknowledge(@PathVariable int number, RedirectAttributes redirect) {
		try {
			this.acknowledgements.acknowledge(number);
			redirect.addFlashAttribute("notice", "regulation.acknowledgement.notice.done");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/regulation/versions/" + number;
	}

	@GetMapping("/acknowledgements")
	@PreAuthorize(OVERSEERS)
	String acknowledgements(@PathVariable int number, Model model) {
		var all = this.acknowledgements.of(number);
		model.addAttribute("version", this.regulation.get(number));
		model.addAttribute("acknowledgements", all);
		model.addAttribute("outstanding", all.stream().filter((a) -> !a.acknowledged()).count());
		return "regulation/acknowledgements";
	}

	@PostMapping("/reminders")
	@PreAuthorize("hasRole('COMMITTEE')")
	String remind(@PathVariable int number, RedirectAttributes redirect) {
		int reminded = this.notices.remind(this.regulation.get(number));
		redirect.addFlashAttribute("reminded", reminded);
		return "redirect:/regulation/versions/" + number + "/acknowledgements";
	}

}
