package jp.itaku.contract;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.http.HttpStatus;
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
 * Recording and editing a contract or amendment (変更契約) on screen (規程 4.2). Refused input
 * is shown beside its fields; a contract someone else saved meanwhile is not overwritten:
 * the form comes back with a conflict message and what the user typed.
 */
@Controller
@PreAuthorize(ContractRoles.WRITERS)
class ContractFormController {

	private final Contracts contracts;

	private final Contractors contractors;

	private final ContractorOptions contractorOptions;

	ContractFormController(Contracts contracts, Contractors contractors, ContractorOptions contractorOptions) {
		this.contracts = contracts;
		this.contractors = contractors;
		this.contractorOptions = contractorOptions;
	}

	@GetMapping("/contracts/new")
	String create(@RequestParam(required = false) UUID contractor, @RequestParam(required = false) UUID amends,
			Model model) {
		ContractSummary amended = (amends != null) ? this.contracts.get(amends) : null;
		if (contractor != null) {
			this.contractors.get(new ContractorId(contractor));
		}
		model.addAttribute("form", ContractForm.blank(contractor, amended));
		return render(model, null);
	}

	@PostMapping("/contracts")
	String register(@ModelAttribute("form") ContractForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(model, null);
		}
		try {
			ContractSummary saved = this.contracts.register(form.details());
			redirect.addFlashAttribute("notice", "contract.notice.registered");
			return "redirect:/contracts/" + saved.id();
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
			return render(model, null);
		}
	}

	@GetMapping("/contracts/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("form", ContractForm.of(this.contracts.view(id)));
		return render(model, id);
	}

	@PostMapping("/contracts/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") ContractForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors() || form.version() == null) {
			return render(model, id);
		}
		try {
			this.contracts.update(id, form.version(), form.details());
			redirect.addFlashAttribute("notice", "contract.notice.updated");
			return "redirect:/contracts/" + id;
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
			return render(model, id);
		}
		catch (StaleContractVersion ex) {
			// keep what the user typed; they compare it with the stored contract and save
			// again from a fresh form
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", ex.messageKey());
			return render(model, id);
		}
	}

	private static void reject(BindingResult result, InvalidInputException ex) {
		for (FieldProblem problem : ex.errors()) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

	private String render(Model model, UUID id) {
		ContractForm form = (ContractForm) model.getAttribute("form");
		model.addAttribute("contractId", id);
		model.addAttribute("kinds", ContractKind.values());
		UUID contractorId = (form != null) ? form.contractorId() : null;
		boolean fixedContractor = id != null || (form != null && form.amendsId() != null);
		model.addAttribute("fixedContractor", fixedContractor);
		model.addAttribute("contractorName", (contractorId != null)
				? this.contractors.find(new ContractorId(contractorId)).map(Contractor::getName).orElse(null) : null);
		if (!fixedContractor) {
			model.addAttribute("contractorOptions", this.contractorOptions.selectable());
		}
		if (form != null && form.amendsId() != null) {
			model.addAttribute("amended", this.contracts.find(form.amendsId()).orElse(null));
		}
		return "contract/form";
	}

}
