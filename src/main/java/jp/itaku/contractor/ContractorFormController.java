package jp.itaku.contractor;

import java.util.UUID;

import jakarta.validation.Valid;
import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's form for a new contractor and for changing one. A stale save (someone
 * else saved meanwhile) shows the conflict message and keeps what the user typed.
 */
@Controller
@PreAuthorize(ContractorController.WRITERS)
class ContractorFormController {

	private static final String FORM = "contractor/form";

	private final Contractors contractors;

	ContractorFormController(Contractors contractors) {
		this.contractors = contractors;
	}

	@ModelAttribute
	void choices(Model model) {
		ContractorChoices.addTo(model);
	}

	@GetMapping("/contractors/new")
	String create(Model model) {
		return render(ContractorForm.empty(), null, model);
	}

	@GetMapping("/contractors/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		return render(ContractorForm.of(this.contractors.get(new ContractorId(id))), null, model);
	}

	@PostMapping("/contractors")
	String register(@Valid @ModelAttribute("form") ContractorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(form, result, model);
		}
		try {
			Contractor contractor = this.contractors.register(form.toDetails());
			return saved(contractor, redirect);
		}
		catch (InvalidInputException ex) {
			return refused(ex, form, result, model);
		}
	}

	@PostMapping("/contractors/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ContractorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(form, result, model);
		}
		try {
			long version = (form.version() != null) ? form.version() : -1;
			return saved(this.contractors.update(new ContractorId(id), version, form.toDetails()), redirect);
		}
		catch (InvalidInputException ex) {
			return refused(ex, form, result, model);
		}
		catch (StaleContractorVersion ex) {
			model.addAttribute("conflict", ex.messageKey());
			return render(form, result, model);
		}
	}

	/** Adds or removes a contact row and shows the form again, saving nothing. */
	@PostMapping("/contractors/form/contacts")
	String contactRows(@ModelAttribute("form") ContractorForm form, BindingResult result,
			@RequestParam(required = false) Integer removeContact, Model model) {
		ContractorForm changed = (removeContact != null) ? form.withContactRemoved(removeContact)
				: form.withContactAdded();
		return render(changed, null, model);
	}

	private String saved(Contractor contractor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "contractor.flash.saved");
		return "redirect:/contractors/" + contractor.getId();
	}

	private String refused(InvalidInputException ex, ContractorForm form, BindingResult result, Model model) {
		ex.errors()
			.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
					problem.messageKey()));
		return render(form, result, model);
	}

	private String render(ContractorForm form, BindingResult result, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(result != null) ? result : new BeanPropertyBindingResult(form, "form"));
		model.addAttribute("parentChoices",
				ContractorController.parentChoices(this.contractors, null, form.parentId(), form.id()));
		model.addAttribute("selectedParent", form.parentId());
		return FORM;
	}

}
