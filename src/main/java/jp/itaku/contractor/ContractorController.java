package jp.itaku.contractor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jp.itaku.shared.ConflictException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's screens for reading: the list (search, filters, sort, paging, updated in
 * place by htmx and working as plain links), the detail page with its tabs, and the
 * status buttons (規程 4.2(1)③).
 */
@Controller
class ContractorController {

	static final String WRITERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	private final Contractors contractors;

	private final List<ContractorTab> tabs;

	ContractorController(Contractors contractors, List<ContractorTab> tabs) {
		this.contractors = contractors;
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(ContractorTab::order)).toList();
	}

	@ModelAttribute
	void choices(Model model) {
		ContractorChoices.addTo(model);
	}

	@GetMapping("/contractors")
	String list(@ModelAttribute("search") ContractorSearch search, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		model.addAttribute("page", this.contractors.search(search.toQuery(), search.pageableOrDefault()));
		// htmx swaps only the results; a plain request, or htmx restoring a page from
		// history, gets the whole page
		return (htmx != null && restore == null) ? "contractor/list :: results" : "contractor/list";
	}

	@GetMapping("/contractors/{id}")
	String detail(@PathVariable UUID id, @RequestParam(defaultValue = ContractorTabs.OVERVIEW) String tab,
			Model model) {
		Contractor contractor = this.contractors.get(new ContractorId(id));
		ContractorTab selected = this.tabs.stream()
			.filter((candidate) -> candidate.id().equals(tab))
			.findFirst()
			.orElse(this.tabs.get(0));
		model.addAttribute("contractor", contractor);
		model.addAttribute("tabs", this.tabs);
		model.addAttribute("selectedTab", selected);
		model.addAttribute("parent",
				Optional.ofNullable(contractor.getParentId())
					.flatMap((parentId) -> this.contractors.find(new ContractorId(parentId)))
					.orElse(null));
		model.addAttribute("subsidiaries", this.contractors.subsidiariesOf(contractor.contractorId()));
		return "contractor/detail";
	}

	@PostMapping("/contractors/{id}/status")
	@PreAuthorize(WRITERS)
	String changeStatus(@PathVariable UUID id, @RequestParam ContractorStatus status, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String note = (reason != null && reason.length() > 1000) ? reason.substring(0, 1000) : reason;
		try {
			this.contractors.changeStatus(new ContractorId(id), version, status, note);
			redirect.addFlashAttribute("flash", "contractor.flash.statusChanged");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/contractors/" + id;
	}

	/**
	 * The parent-company choices matching {@code parentQuery}, as options of a select.
	 */
	@GetMapping("/contractors/parent-options")
	@PreAuthorize(WRITERS)
	String parentOptions(@RequestParam(required = false) String parentQuery,
			@RequestParam(required = false) UUID parentId, @RequestParam(required = false) UUID id, Model model) {
		model.addAttribute("parentChoices", parentChoices(this.contractors, parentQuery, parentId, id));
		model.addAttribute("selectedParent", parentId);
		return "contractor/form :: parentOptions";
	}

	/**
	 * Up to 50 contractors to choose a parent from, the current choice first; never the
	 * contractor itself.
	 */
	static List<Contractor> parentChoices(Contractors contractors, String text, UUID selected, UUID self) {
		ContractorQuery query = new ContractorQuery(text, null, null, null, null, null);
		Page<Contractor> found = contractors.search(query, PageRequest.of(0, 50, Sort.by("nameKana", "id")));
		Optional<Contractor> current = Optional.ofNullable(selected)
			.flatMap((parentId) -> contractors.find(new ContractorId(parentId)));
		return Stream
			.concat(current.stream(),
					found.stream().filter((c) -> current.map((p) -> !p.getId().equals(c.getId())).orElse(true)))
			.filter((c) -> !c.getId().equals(self))
			.toList();
	}

}
