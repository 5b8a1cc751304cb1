package jp.itaku.corrective;

import java.util.UUID;
import java.util.function.Supplier;

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
 * The corrective action screens (是正処置, 規程 4.1, 5.1(1)): the list (filters, sort, paging
 * on the server, updated in place by htmx and working as plain links) and each action's
 * page with its history and the forms of the steps the caller may take.
 */
@Controller
@PreAuthorize(CorrectiveActionApi.READERS)
class CorrectiveActionController {

	private final CorrectiveWork work;

	CorrectiveActionController(CorrectiveWork work) {
		this.work = work;
	}

	@GetMapping("/corrective-actions")
	String list(@RequestParam(required = false) CorrectiveActionStatus status,
			@RequestParam(required = false) UUID contractor, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String sourceType, @RequestParam(required = false) String requirement,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "false") boolean desc,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		CorrectiveActionQuery query = new CorrectiveActionQuery(status, contractor, assignee, sourceType, requirement,
				overdue);
		String sortKey = CorrectivePaging.SORTS.containsKey(sort) ? sort : "due";
		model.addAttribute("query", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("desc", desc);
		model.addAttribute("statuses", CorrectiveActionStatus.values());
		model.addAttribute("actions", this.work.search(query, CorrectivePaging.of(page, 20, sortKey, desc)));
		// htmx swaps only the results; a plain request, or htmx restoring a page from
		// history, gets the whole page
		return (htmx != null && restore == null) ? "corrective/list :: results" : "corrective/list";
	}

	@GetMapping("/corrective-actions/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("view", this.work.get(id));
		return "corrective/detail";
	}

	@PostMapping("/corrective-actions/{id}/start")
	@PreAuthorize(CorrectiveActionApi.ACTORS)
	String start(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return step(id, null, model, redirect, "corrective.notice.started", () -> this.work.start(id, version));
	}

	@PostMapping("/corrective-actions/{id}/done")
	@PreAuthorize(CorrectiveActionApi.ACTORS)
	String done(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		return step(id, note, model, redirect, "corrective.notice.done", () -> this.work.markDone(id, version, note));
	}

	@PostMapping("/corrective-actions/{id}/verify")
	@PreAuthorize(CorrectiveActionApi.VERIFIERS)
	String verify(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		return step(id, note, model, redirect, "corrective.notice.verified", () -> this.work.verify(id, version, note));
	}

	@PostMapping("/corrective-actions/{id}/reject")
	@PreAuthorize(CorrectiveActionApi.VERIFIERS)
	String reject(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return step(id, reason, model, redirect, "corrective.notice.rejected",
				() -> this.work.reject(id, version, reason));
	}

	private String step(UUID id, String typed, Model model, RedirectAttributes redirect, String notice,
			Supplier<CorrectiveActionView> action) {
		try {
			action.get();
		}
		catch (InvalidInputException ex) {
			// keep what the user typed and say what is wrong
			model.addAttribute("errors", ex.errors());
			model.addAttribute("typed", typed);
			return detail(id, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			redirect.addFlashAttribute("typed", typed);
			return "redirect:/corrective-actions/" + id;
		}
		catch (NotAllowedToAct ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			return "redirect:/corrective-actions/" + id;
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/corrective-actions/" + id;
	}

}
