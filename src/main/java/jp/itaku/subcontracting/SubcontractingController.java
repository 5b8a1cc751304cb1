package jp.itaku.subcontracting;

import java.util.UUID;

import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

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
 * The subcontracting screens (再委託, 規程 4.2(3)① R01): the request list (filters, sort and
 * paging on the server, updated in place by htmx and working as plain links), each
 * request's page with the flowed-down checklist and its 稟議, the steps the caller may
 * take, and the chain below a contractor.
 */
@Controller
@PreAuthorize(SubcontractingApi.READERS)
class SubcontractingController {

	private final Subcontracting subcontracting;

	private final SubcontractingChains chains;

	SubcontractingController(Subcontracting subcontracting, SubcontractingChains chains) {
		this.subcontracting = subcontracting;
		this.chains = chains;
	}

	@GetMapping("/subcontracting")
	String list(@RequestParam(required = false) SubcontractingStatus status,
			@RequestParam(required = false) UUID contractor, @RequestParam(defaultValue = "false") boolean pending,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "created") String sort,
			@RequestParam(defaultValue = "true") boolean desc, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		SubcontractingQuery query = new SubcontractingQuery(status, contractor, pending);
		String key = SubcontractingPaging.key(SubcontractingPaging.REQUEST_SORTS, sort, "created");
		model.addAttribute("query", query);
		model.addAttribute("sort", key);
		model.addAttribute("desc", desc);
		model.addAttribute("statuses", SubcontractingStatus.values());
		model.addAttribute("requests", this.subcontracting.search(query,
				SubcontractingPaging.of(SubcontractingPaging.REQUEST_SORTS, page, 20, key, desc)));
		// htmx swaps only the results; a plain request, or htmx restoring a page from
		// history, gets the whole page
		return (htmx != null && restore == null) ? "subcontracting/list :: results" : "subcontracting/list";
	}

	@GetMapping("/subcontracting/{id}")
	String detail(@PathVariable UUID id, Model model) {
		SubcontractingView request = this.subcontracting.get(id);
		model.addAttribute("request", request);
		model.addAttribute("requester", this.subcontracting.isRequester(request));
		return "subcontracting/detail";
	}

	@GetMapping("/subcontracting/chain/{contractorId}")
	String chain(@PathVariable UUID contractorId, Model model) {
		model.addAttribute("chain", this.chains.below(contractorId));
		return "subcontracting/chain";
	}

	@PostMapping("/subcontracting/{id}/withdraw")
	@PreAuthorize(SubcontractingApi.REQUESTERS)
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "subcontracting.notice.withdrawn", () -> this.subcontracting.withdraw(id));
	}

	@PostMapping("/subcontracting/{id}/activation")
	@PreAuthorize(SubcontractingApi.KEEPERS)
	String activate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return step(id, redirect, "subcontracting.notice.activated", () -> this.subcontracting.activate(id, version));
	}

	@PostMapping("/subcontracting/{id}/end")
	@PreAuthorize(SubcontractingApi.KEEPERS)
	String end(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(id, redirect, "subcontracting.notice.ended", () -> this.subcontracting.end(id, version, note));
	}

	private String step(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.errors().get(0).messageKey());
		}
		return "redirect:/subcontracting/" + id;
	}

}
