package jp.itaku.selection;

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
		model.addAttribute("rows", inForce ? this.notices.notInformed() : java.util.List.of());
		return "selection/not-informed";
	}

	@PostMapping("/selection/not-informed")
	@PreAuthorize(SelectionRoles.WRITERS)
	String informAll(RedirectAttributes redirect) {
		try {
			java.util.List<InformOutcome> outcomes = this.notices.informAll();
			redirect.addFlashAttribute("flash", "selection.notinformed.flash");
			redirect.addFlashAttribute("flashArgs", new Object[] { outcomes.size() });
			redirect.addFlashAttribute("linkOutcomes", linkOutcomes(outcomes));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/selection/not-informed";
	}

	@PostMapping("/selection/contractors/{id}/notice")
	@PreAuthorize(SelectionRoles.WRITERS)
	String inform(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			InformOutcome outcome = this.notices.inform(new ContractorId(id));
			redirect.addFlashAttribute("flash", "selection.notinformed.flashOne");
			redirect.addFlashAttribute("linkOutcomes", linkOutcomes(java.util.List.of(outcome)));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/contractors/" + id + "?tab=evaluations";
	}

	/**
	 * The outcomes that concern an e-mail link: mailed, or to be handed over by the
	 * member (the link is shown this once; only its hash is kept).
	 */
	private static java.util.List<InformOutcome> linkOutcomes(java.util.List<InformOutcome> outcomes) {
		return outcomes.stream()
			.filter((outcome) -> outcome.mailedTo() != null || outcome.handOverLink() != null)
			.toList();
	}

}
