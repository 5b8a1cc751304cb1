package jp.itaku.subcontracting;

import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractQuery;
import jp.itaku.contract.Contracts;

import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subcontracting request form (再委託承認申請, 規程 4.2(3)① R01): filed by a contractor
 * account for its own company or by a member on a contractor's behalf, amended by its
 * requester after a send-back.
 */
@Controller
@PreAuthorize(SubcontractingApi.REQUESTERS)
class SubcontractingFormController {

	/** How many companies the subcontractor select offers; more are named by 法人番号. */
	private static final int CHOICES = 500;

	private final Subcontracting subcontracting;

	private final Contractors contractors;

	private final Contracts contracts;

	private final CurrentUsers users;

	SubcontractingFormController(Subcontracting subcontracting, Contractors contractors, Contracts contracts,
			CurrentUsers users) {
		this.subcontracting = subcontracting;
		this.contractors = contractors;
		this.contracts = contracts;
		this.users = users;
	}

	@GetMapping("/subcontracting/new")
	String create(@RequestParam(required = false) UUID contractor, @RequestParam(required = false) UUID contract,
			Model model) {
		model.addAttribute("form", SubcontractingForm.blank(contractor, contract));
		return render(model, null);
	}

	@PostMapping("/subcontracting")
	String file(@ModelAttribute("form") SubcontractingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(model, null);
		}
		try {
			SubcontractingView view = this.subcontracting.request(form.input());
			redirect.addFlashAttribute("notice", "subcontracting.notice.requested");
			return "redirect:/subcontracting/" + view.id();
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
			return render(model, null);
		}
	}

	@GetMapping("/subcontracting/{id}/amend")
	String amend(@PathVariable UUID id, Model model) {
		model.addAttribute("form", SubcontractingForm.of(this.subcontracting.get(id)));
		return render(model, id);
	}

	@PostMapping("/subcontracting/{id}/amend")
	String resubmit(@PathVariable UUID id, @ModelAttribute("form") SubcontractingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || form.version() == null) {
			return render(model, id);
		}
		try {
			this.subcontracting.amend(id, form.version(), form.input());
			redirect.addFlashAttribute("notice", "subcontracting.notice.resubmitted");
			return "redirect:/subcontracting/" + id;
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
			return render(model, id);
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.messageKey());
			return render(model, id);
		}
	}

	private static void reject(InvalidInputException ex, BindingResult result) {
		// say beside each field what the service refused, keeping what was typed
		ex.errors()
			.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
					problem.messageKey()));
	}

	private String render(Model model, UUID amending) {
		boolean contractorOnly = this.users.current().isContractorOnly();
		model.addAttribute("amending", amending);
		model.addAttribute("contractorOnly", contractorOnly);
		model.addAttribute("classifications", InformationClassification.values());
		SubcontractingForm form = (SubcontractingForm) model.getAttribute("form");
		UUID contractor = contractorOnly ? this.users.current().contractorScope().orElse(null)
				: (form != null) ? form.contractorId() : null;
		// the contracts of a known contractor are offered by number; otherwise the form
		// takes a contract id, as the contract page fills it in
		model.addAttribute("contracts",
				(contractor != null) ? this.contracts
					.search(new ContractQuery(null, null, contractor, null, null, null, null),
							PageRequest.of(0, CHOICES))
					.getContent() : List.of());
		if (!contractorOnly) {
			model.addAttribute("companies",
					this.contractors
						.search(ContractorQuery.all(), PageRequest.of(0, CHOICES, Sort.by("nameKana", "id")))
						.getContent());
		}
		return "subcontracting/form";
	}

}
