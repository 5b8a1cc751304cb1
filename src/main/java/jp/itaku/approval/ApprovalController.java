package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval (稟議) screens: what awaits my decision, my requests, all requests for the
 * committee and auditors, and one request with its snapshot, history and decision form,
 * and for its requester the send-back's reasons with a form to resubmit.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ApprovalController {

	private static final int PAGE_SIZE = 20;

	private final Approvals approvals;

	private final SnapshotResubmission resubmission;

	ApprovalController(Approvals approvals, SnapshotResubmission resubmission) {
		this.approvals = approvals;
		this.resubmission = resubmission;
	}

	@GetMapping("/approvals")
	String list(@RequestParam(required = false) ApprovalStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("awaiting", this.approvals.awaitingMe(ApprovalPaging.of(0, ApprovalPaging.MAX_SIZE)));
		model.addAttribute("mine", this.approvals.mine(ApprovalPaging.of(0, ApprovalPaging.MAX_SIZE)));
		if (this.approvals.mayReadAll()) {
			model.addAttribute("all", this.approvals.all(status, ApprovalPaging.of(page, PAGE_SIZE)));
		}
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApprovalStatus.values());
		return "approval/list";
	}

	@GetMapping("/approvals/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("approval", this.approvals.get(id));
		model.addAttribute("verdicts", Verdict.values());
		return "approval/detail";
	}

	@PostMapping("/approvals/{id}/decisions")
	String decide(@PathVariable UUID id, @RequestParam(required = false) Verdict decision,
			@RequestParam(required = false) String comment, @RequestParam(required = false) Integer round, Model model,
			RedirectAttributes redirect) {
		try {
			this.approvals.decide(id, decision, comment, round);
		}
		catch (InvalidInputException ex) {
			// keep what the member typed and say what is missing
			model.addAttribute("errors", ex.errors());
			model.addAttribute("decision", decision);
			model.addAttribute("comment", comment);
			return detail(id, model);
		}
		catch (ConflictException ex) {
			// the page shows the request as it is now; what the member typed stays
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("decision", decision);
			model.addAttribute("comment", comment);
			return detail(id, model);
		}
		redirect.addFlashAttribute("notice", "approval.notice.decided");
		return "redirect:/approvals/" + id;
	}

	@PostMapping("/approvals/{id}/resubmit")
	String resubmit(@PathVariable UUID id, @RequestParam(required = false) String snapshot, Model model,
			RedirectAttributes redirect) {
		try {
			this.resubmission.resubmit(id, snapshot);
		}
		catch (InvalidInputException ex) {
			// keep the revision the requester typed and say what is wrong with it
			model.addAttribute("resubmitErrors", ex.errors());
			model.addAttribute("snapshot", snapshot);
			return detail(id, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("snapshot", snapshot);
			return detail(id, model);
		}
		redirect.addFlashAttribute("notice", "approval.notice.resubmitted");
		return "redirect:/approvals/" + id;
	}

	@PostMapping("/approvals/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.approvals.withdraw(id);
			redirect.addFlashAttribute("notice", "approval.notice.withdrawn");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/approvals/" + id;
	}

}
