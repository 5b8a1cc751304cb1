package jp.itaku.contract;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract screens (契約, 規程 4.2): the list (filters, sort and paging on the server,
 * updated in place by htmx and working as plain links) and each contract's page with its
 * term, notice deadline, status actions, amendments, documents and the sections other
 * modules add ({@link ContractSection}).
 */
@Controller
@PreAuthorize(ContractRoles.READERS)
class ContractController {

	private final Contracts contracts;

	private final ContractDocuments documents;

	private final ContractorOptions contractorOptions;

	private final CurrentUsers users;

	private final List<ContractSection> sections;

	ContractController(Contracts contracts, ContractDocuments documents, ContractorOptions contractorOptions,
			CurrentUsers users, List<ContractSection> sections) {
		this.contracts = contracts;
		this.documents = documents;
		this.contractorOptions = contractorOptions;
		this.users = users;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ContractSection::order)).toList();
	}

	@GetMapping("/contracts")
	String list(@RequestParam(required = false) ContractKind kind,
			@RequestParam(required = false) ContractStatus status, @RequestParam(required = false) UUID contractor,
			@RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) Boolean gaps, @RequestParam(required = false) Boolean amendments,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "deadline") String sort,
			@RequestParam(defaultValue = "false") boolean desc, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		ContractQuery query = new ContractQuery(kind, status, contractor, dueWithin, passed, gaps, amendments);
		String sortKey = ContractPaging.sortKey(sort);
		model.addAttribute("query", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("desc", desc);
		model.addAttribute("sorts", ContractPaging.SORTS.keySet().stream().sorted().toList());
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("statuses", ContractStatus.values());
		model.addAttribute("contracts", this.contracts.list(query, ContractPaging.of(page, 20, sortKey, desc)));
		if (!this.users.current().isContractorOnly()) {
			model.addAttribute("contractorOptions", this.contractorOptions.selectable());
		}
		// htmx swaps only the results; a plain request, or htmx restoring a page from
		// history, gets the whole page
		return (htmx != null && restore == null) ? "contract/list :: results" : "contract/list";
	}

	@GetMapping("/contracts/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ContractView view = this.contracts.view(id);
		model.addAttribute("view", view);
		model.addAttribute("contract", this.contracts.get(id));
		model.addAttribute("amended",
				(view.amendsId() != null) ? this.contracts.find(view.amendsId()).orElse(null) : null);
		model.addAttribute("amendments", this.contracts.amendmentsOf(id));
		model.addAttribute("documents", this.documents.of(id));
		model.addAttribute("sections", this.sections);
		model.addAttribute("nextStatuses", view.status().next());
		return "contract/detail";
	}

	@PostMapping("/contracts/{id}/status")
	@PreAuthorize(ContractRoles.WRITERS)
	String changeStatus(@PathVariable UUID id, @RequestParam ContractStatus target, @RequestParam long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.contracts.changeStatus(id, version, target);
		}
		catch (ConflictException ex) {
			// a stale page or a move the life cycle forbids: say so on the current page
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", ex.messageKey());
			return detail(id, model);
		}
		redirect.addFlashAttribute("notice", "contract.notice.status");
		return "redirect:/contracts/" + id;
	}

}
