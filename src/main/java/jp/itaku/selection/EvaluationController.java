package jp.itaku.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation screens (規程 4.1(1) SEL-01, SEL-04): the form, one row per applicable
 * criterion with a live weighted total (htmx), and one recorded evaluation.
 */
@Controller
class EvaluationController {

	private final Evaluations evaluations;

	private final SelectionCriteria criteria;

	private final Contractors contractors;

	private final CorrectiveActions corrective;

	private final EvidenceDocuments documents;

	private final Clock clock;

	EvaluationController(Evaluations evaluations, SelectionCriteria criteria, Contractors contractors,
			CorrectiveActions corrective, EvidenceDocuments documents, Clock clock) {
		this.evaluations = evaluations;
		this.documents = documents;
		this.criteria = criteria;
		this.contractors = contractors;
		this.corrective = corrective;
		this.clock = clock;
	}

	@GetMapping("/selection/contractors/{id}/evaluations/new")
	@PreAuthorize(SelectionRoles.WRITERS)
	String form(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			List<CriterionInput> applicable = this.evaluations.applicableCriteria(new ContractorId(id));
			model.addAttribute("form", EvaluationForm.blank(applicable, LocalDate.now(this.clock)));
			return formPage(id, model, applicable, List.of());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/selection/criteria";
		}
	}

	@PostMapping("/selection/contractors/{id}/evaluations/preview")
	@PreAuthorize(SelectionRoles.WRITERS)
	String preview(@PathVariable UUID id, @ModelAttribute("form") EvaluationForm form, Model model) {
		model.addAttribute("preview", this.evaluations.preview(new ContractorId(id), form.scores()));
		return "selection/evaluation-form :: total";
	}

	@PostMapping("/selection/contractors/{id}/evaluations")
	@PreAuthorize(SelectionRoles.WRITERS)
	String evaluate(@PathVariable UUID id, @ModelAttribute("form") EvaluationForm form, Model model,
			RedirectAttributes redirect) {
		ContractorId contractor = new ContractorId(id);
		try {
			this.evaluations.evaluate(contractor, form.input());
			redirect.addFlashAttribute("flash", "selection.evaluation.flash.saved");
			return "redirect:/contractors/" + id + "?tab=evaluations";
		}
		catch (InvalidInputException ex) {
			return formPage(id, model, this.evaluations.applicableCriteria(contractor), ex.errors());
		}
	}

	@GetMapping("/selection/evaluations/{id}")
	@PreAuthorize(SelectionRoles.READERS)
	String evaluation(@PathVariable UUID id, Model model) {
		EvaluationView evaluation = this.evaluations.get(id);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("contractor", this.contractors.get(new ContractorId(evaluation.contractorId())));
		model.addAttribute("actions", this.corrective.ofSource(EvaluationCorrections.SOURCE_TYPE, id.toString()));
		model.addAttribute("documents", this.documents.of(id));
		return "selection/evaluation";
	}

	private String formPage(UUID id, Model model, List<CriterionInput> applicable,
			List<InvalidInputException.FieldProblem> problems) {
		model.addAttribute("contractor", this.contractors.get(new ContractorId(id)));
		model.addAttribute("criteria", applicable);
		model.addAttribute("version", this.criteria.inForce().orElseThrow());
		model.addAttribute("problems", problems);
		EvaluationForm form = (EvaluationForm) model.getAttribute("form");
		model.addAttribute("preview", this.evaluations.preview(new ContractorId(id), form.scores()));
		return "selection/evaluation-form";
	}

}
