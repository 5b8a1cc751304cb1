package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The findings of unapproved subcontracting (未承認の再委託, 規程 4.2(3)① R01): the list, the
 * form, each finding's page and the committee's closing of it.
 */
@Controller
@PreAuthorize(FindingApi.RECORDERS)
class FindingController {

	private final UnapprovedSubcontracting findings;

	private final Contractors contractors;

	FindingController(UnapprovedSubcontracting findings, Contractors contractors) {
		this.findings = findings;
		this.contractors = contractors;
	}

	/** The finding form; the subcontractor is a registered company or just a name. */
	record FindingForm(UUID contractorId, UUID subcontractorId, String subcontractorName,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn, String howFound, String note) {

		FindingInput input() {
			return new FindingInput(this.contractorId, this.subcontractorId, this.subcontractorName, this.foundOn,
					this.howFound, this.note);
		}

	}

	@GetMapping("/subcontracting/findings")
	String list(@RequestParam(required = false) FindingStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "found") String sort, @RequestParam(defaultValue = "true") boolean desc,
			Model model) {
		String key = SubcontractingPaging.key(SubcontractingPaging.FINDING_SORTS, sort, "found");
		model.addAttribute("status", status);
		model.addAttribute("sort", key);
		model.addAttribute("desc", desc);
		model.addAttribute("findings", this.findings.search(status,
				SubcontractingPaging.of(SubcontractingPaging.FINDING_SORTS, page, 20, key, desc)));
		return "subcontracting/findings";
	}

	@GetMapping("/subcontracting/findings/new")
	String create(@RequestParam(required = false) UUID contractor, Model model) {
		model.addAttribute("form", new FindingForm(contractor, null, null, null, null, null));
		return render(model);
	}

	@PostMapping("/subcontracting/findings")
	String record(@ModelAttribute("form") FindingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(model);
		}
		try {
			FindingView view = this.findings.record(form.input());
			redirect.addFlashAttribute("notice", "subcontracting.finding.notice.recorded");
			return "redirect:/subcontracting/findings/" + view.id();
		}
		catch (InvalidInputException ex) {
			ex.errors()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						problem.messageKey()));
			return render(model);
		}
	}

	@GetMapping("/subcontracting/findings/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("finding", this.findings.get(id));
		return "subcontracting/finding";
	}

	@PostMapping("/subcontracting/findings/{id}/closure")
	@PreAuthorize(FindingApi.CLOSERS)
	String close(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			this.findings.close(id, version, note);
			redirect.addFlashAttribute("notice", "subcontracting.finding.notice.closed");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "subcontracting.finding.error.note");
		}
		return "redirect:/subcontracting/findings/" + id;
	}

	private String render(Model model) {
		model.addAttribute("companies",
				this.contractors.search(ContractorQuery.all(), PageRequest.of(0, 500, Sort.by("nameKana", "id")))
					.getContent());
		return "subcontracting/finding-form";
	}

}
