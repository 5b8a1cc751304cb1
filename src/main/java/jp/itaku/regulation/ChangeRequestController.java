package jp.itaku.regulation;

import java.util.UUID;

import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The change request screens (変更申請, 規程 9 REV-02): the list, filing a request with the
 * text in force to edit, and one request with its changes, its 稟議 and, for its requester,
 * amending after a send-back and withdrawing.
 */
@Controller
@RequestMapping("/regulation/changes")
@PreAuthorize(RegulationViews.SUBJECTS)
class ChangeRequestController {

	static final String FILERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	private final ChangeRequests changeRequests;

	private final Regulation regulation;

	ChangeRequestController(ChangeRequests changeRequests, Regulation regulation) {
		this.changeRequests = changeRequests;
		this.regulation = regulation;
	}

	@GetMapping
	String list(@RequestParam(required = false) ChangeRequestStatus status,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("requests", this.changeRequests.list(status, mine, RevisionPaging.newestFirst(page, 20))
			.map(ChangeRequestView::summary));
		model.addAttribute("status", status);
		model.addAttribute("mine", mine);
		model.addAttribute("statuses", ChangeRequestStatus.values());
		return "regulation/changes";
	}

	@GetMapping("/new")
	@PreAuthorize(FILERS)
	String form(Model model) {
		RegulationVersion inForce = this.regulation.inForce().orElseThrow();
		model.addAttribute("form", new ChangeRequestForm("", "",
				RegulationText.render(this.regulation.sections(inForce.number())), null, null));
		model.addAttribute("base", inForce);
		return "regulation/change-form";
	}

	@PostMapping
	@PreAuthorize(FILERS)
	String file(@ModelAttribute("form") ChangeRequestForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			FormBinding.refuseIfInvalid(binding);
			UUID id = this.changeRequests.file(form);
			redirect.addFlashAttribute("notice", "regulation.change.notice.filed");
			return "redirect:/regulation/changes/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
			model.addAttribute("base", this.regulation.inForce().orElseThrow());
			return "regulation/change-form";
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ChangeRequest request = this.changeRequests.get(id);
		ChangeRequestView view = ChangeRequestView.of(request);
		model.addAttribute("request", view);
		model.addAttribute("changes",
				RevisionSnapshot.changes(this.regulation.sections(view.baseVersion()), view.proposedText()));
		boolean requester = this.changeRequests.isRequester(request);
		model.addAttribute("canAmend", requester && view.status() == ChangeRequestStatus.SENT_BACK);
		model.addAttribute("canWithdraw", requester && view.status().isOpen());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ChangeRequestForm(view.title(), view.reason(), view.proposedText(),
					view.proposedEffectiveOn(), view.version()));
		}
		return "regulation/change";
	}

	@PostMapping("/{id}")
	String amend(@PathVariable UUID id, @ModelAttribute("form") ChangeRequestForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			FormBinding.refuseIfInvalid(binding);
			this.changeRequests.amend(id, form);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
			return detail(id, model);
		}
		catch (ConflictException ex) {
			// keep what the requester typed and say why it was not saved
			model.addAttribute("problem", ex.messageKey());
			return detail(id, model);
		}
		redirect.addFlashAttribute("notice", "regulation.change.notice.amended");
		return "redirect:/regulation/changes/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.changeRequests.withdraw(id);
			redirect.addFlashAttribute("notice", "regulation.change.notice.withdrawn");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/regulation/changes/" + id;
	}

}
