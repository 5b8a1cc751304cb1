package jp.itaku.selection;

import java.util.List;
import java.util.UUID;

import jp.itaku.contractor.ContractorId;
import jp.itaku.shared.ConflictException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lists that show what selection work is due (規程 4.1(1) SEL-02, SEL-04; 5.1(1)):
 * re-evaluations by state, and the contractors not yet informed of the criteria in force.
 */
@Controller
class SelectionListsController {

	private final ReEvaluations reEvaluations;

	private final CriteriaNotices notices;

	private final SelectionCriteria criteria;

	SelectionListsController(ReEvaluations reEvaluations, CriteriaNotices notices, SelectionCriteria criteria) {
		this.reEvaluations = reEvaluations;
		this.notices = notices;
		this.criteria = criteria;
	}

	@GetMapping("/selection/re-evaluations")
	@PreAuthorize(SelectionRoles.READERS)
	String reEvaluations(@RequestParam(required = false) ReEvaluationState state, Model model) {
		model.addAttribute("rows", this.reEvaluations.list(state));
		model.addAttribute("state", state);
		model.addAttribute("states", ReEvaluationState.values());
		return "selection/re-evaluations";
	}

	@GetMapping("/selection/not-informed")
	@PreAuthorize(SelectionRoles.READERS)
	String notInformed(Model model) {
		boolean inForce = this.criteria.inForce().isPresent();
		model.addAttribute("inForce", inForce);
		model.addAttribute("rows", inForce ? this.notices.notInformed() : List.of());
		return "selection/not-informed";
	}

	@PostMapping("/selection/not-informed")
	@PreAuthorize(SelectionRoles.WRITERS)
	String informAll(Model model, RedirectAttributes redirect) {
		try {
			List<InformOutcome> outcomes = this.notices.informAll();
			return outcome("selection.notinformed.flash", new Object[] { outcomes.size() }, outcomes,
					"/selection/not-informed", model, redirect);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/selection/not-informed";
		}
	}

	@PostMapping("/selection/contractors/{id}/notice")
	@PreAuthorize(SelectionRoles.WRITERS)
	String inform(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		String back = "/contractors/" + id + "?tab=evaluations";
		try {
			InformOutcome outcome = this.notices.inform(new ContractorId(id));
			return outcome("selection.notinformed.flashOne", null, List.of(outcome), back, model, redirect);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:" + back;
		}
	}

	/**
	 * Redirects back with the outcome, unless a link must be handed over: that page is
	 * rendered at once, so that the link is shown this once and never kept in the session
	 * (only its hash is stored).
	 */
	private static String outcome(String flash, Object[] args, List<InformOutcome> outcomes, String back, Model model,
			RedirectAttributes redirect) {
		List<InformOutcome> links = outcomes.stream()
			.filter((outcome) -> outcome.mailedTo() != null || outcome.handOverLink() != null)
			.toList();
		if (links.stream().anyMatch((outcome) -> outcome.handOverLink() != null)) {
			model.addAttribute("flash", flash);
			model.addAttribute("flashArgs", args);
			model.addAttribute("linkOutcomes", links);
			model.addAttribute("back", back);
			return "selection/informed";
		}
		redirect.addFlashAttribute("flash", flash);
		redirect.addFlashAttribute("flashArgs", args);
		redirect.addFlashAttribute("linkOutcomes", links);
		return "redirect:" + back;
	}

}
