package jp.itaku.corrective;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a corrective action by hand (是正処置, 規程 4.1; SEL-04), for example after a
 * finding outside any evaluation: what, for which contractor, who and by when.
 */
@Controller
@PreAuthorize(CorrectiveActionApi.ACTORS)
class CorrectiveFormController {

	private static final Set<Role> ASSIGNABLE = Set.of(Role.MEMBER, Role.COMMITTEE, Role.ADMIN);

	private final CorrectiveWork work;

	private final Contractors contractors;

	private final UserAccounts accounts;

	CorrectiveFormController(CorrectiveWork work, Contractors contractors, UserAccounts accounts) {
		this.work = work;
		this.contractors = contractors;
		this.accounts = accounts;
	}

	@GetMapping("/corrective-actions/new")
	String create(@RequestParam(required = false) UUID contractor, Model model) {
		model.addAttribute("form", CorrectiveForm.forContractor(contractor));
		return render(model);
	}

	@PostMapping("/corrective-actions")
	String open(@Valid @ModelAttribute("form") CorrectiveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(model);
		}
		try {
			CorrectiveActionView view = this.work.openManually(form.requirementId(), form.contractorId(), form.what(),
					form.assignee(), form.dueOn());
			redirect.addFlashAttribute("notice", "corrective.notice.opened");
			return "redirect:/corrective-actions/" + view.id();
		}
		catch (InvalidInputException ex) {
			// say beside each field what the service refused, keeping what was typed
			ex.errors()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						problem.messageKey()));
			return render(model);
		}
	}

	private String render(Model model) {
		CorrectiveForm form = (CorrectiveForm) model.getAttribute("form");
		model.addAttribute("assignees", this.accounts.enabledWithAny(ASSIGNABLE));
		model.addAttribute("contractorName", (form != null && form.contractorId() != null)
				? this.contractors.find(new ContractorId(form.contractorId())).map(Contractor::getName).orElse(null)
				: null);
		return "corrective/form";
	}

}
