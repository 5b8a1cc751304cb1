package jp.itaku.duty;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.UUID;

import jp.itaku.notification.Notifications;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty screens: the organisation's list (read by every member of the organisation, as
 * the API is, so that the compliance table's links lead somewhere for everyone), a month
 * calendar, and one duty with its history and completion form.
 */
@Controller
@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')")
class DutyController {

	private static final int PAGE_SIZE = 25;

	private final DutyBoard board;

	private final Notifications notifications;

	private final ObjectProvider<DutyContractorNames> contractorNames;

	DutyController(DutyBoard board, Notifications notifications, ObjectProvider<DutyContractorNames> contractorNames) {
		this.board = board;
		this.notifications = notifications;
		this.contractorNames = contractorNames;
	}

	@GetMapping("/duties")
	String list(@RequestParam(required = false) DutyStatus status, @RequestParam(required = false) String owner,
			@RequestParam(required = false) Boolean committee, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) UUID contractor,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "due") String sort,
			@RequestParam(defaultValue = "false") boolean desc, Model model) {
		DutyQuery query = new DutyQuery(status, owner, committee, kind, requirement, null, null, contractor);
		model.addAttribute("duties", this.board.search(query, DutyPaging.of(page, PAGE_SIZE, sort, desc)));
		model.addAttribute("query", query);
		model.addAttribute("sort", DutyPaging.SORTS.containsKey(sort) ? sort : "due");
		model.addAttribute("desc", desc);
		model.addAttribute("statuses", DutyStatus.values());
		model.addAttribute("kinds", this.board.kinds());
		// the filter is an id (a select of every contractor would not do at 100k); the
		// chip
		// names it
		model.addAttribute("contractorName", contractorName(contractor));
		// administrators learn here that reminders reach people in the app only
		model.addAttribute("mailConfigured", this.notifications.mailConfigured());
		return "duty/list";
	}

	@GetMapping("/duties/calendar")
	String calendar(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = parseMonth(month);
		model.addAttribute("grid", MonthGrid.of(shown, this.board.month(shown)));
		model.addAttribute("all", this.board.mayReadAll());
		return "duty/calendar";
	}

	@GetMapping("/duties/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("view", this.board.get(id));
		return "duty/detail";
	}

	@PostMapping("/duties/{id}/complete")
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','ADMIN')")
	String complete(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		try {
			this.board.complete(id, version, note);
		}
		catch (InvalidInputException ex) {
			// keep what the owner typed and say what is wrong
			model.addAttribute("errors", ex.errors());
			model.addAttribute("note", note);
			return detail(id, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			redirect.addFlashAttribute("note", note);
			return "redirect:/duties/" + id;
		}
		redirect.addFlashAttribute("notice", "duty.notice.completed");
		return "redirect:/duties/" + id;
	}

	private String contractorName(UUID contractor) {
		if (contractor == null) {
			return null;
		}
		DutyContractorNames names = this.contractorNames.getIfAvailable();
		return (names != null) ? names.nameOf(contractor).orElse(null) : null;
	}

	private YearMonth parseMonth(String month) {
		if (month != null && !month.isBlank()) {
			try {
				return YearMonth.parse(month.strip());
			}
			catch (DateTimeException ex) {
				// an unreadable month shows the current one rather than an error page
			}
		}
		return YearMonth.from(this.board.today());
	}

}
