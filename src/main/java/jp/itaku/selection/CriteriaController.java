package jp.itaku.selection;

import java.util.List;
import java.util.UUID;

import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screens of the selection criteria (規程 4.1(1) SEL-01..03): the versions and reviews,
 * one version with its editor while it is a draft, the comparison of two versions, and
 * the criteria in force as contractors read and acknowledge them.
 */
@Controller
class CriteriaController {

	private final SelectionCriteria criteria;

	private final CriteriaNotices notices;

	CriteriaController(SelectionCriteria criteria, CriteriaNotices notices) {
		this.criteria = criteria;
		this.notices = notices;
	}

	@GetMapping("/selection/criteria")
	@PreAuthorize(SelectionRoles.READERS)
	String versions(Model model) {
		model.addAttribute("versions", this.criteria.history());
		model.addAttribute("inForce", this.criteria.inForce().orElse(null));
		model.addAttribute("reviews", this.criteria.reviews());
		model.addAttribute("lastReviewedOn", this.criteria.lastReviewedOn().orElse(null));
		return "selection/criteria";
	}

	@PostMapping("/selection/criteria")
	@PreAuthorize(SelectionRoles.WRITERS)
	String draft(@RequestParam(required = false) String title, RedirectAttributes redirect) {
		try {
			return "redirect:/selection/criteria/" + this.criteria.draft(title).id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.errors().get(0).messageKey());
			return "redirect:/selection/criteria";
		}
	}

	@PostMapping("/selection/criteria/reviews")
	@PreAuthorize(SelectionRoles.WRITERS)
	String review(@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.criteria.recordNoChangeReview(note);
			redirect.addFlashAttribute("flash", "selection.criteria.flash.reviewed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.errors().get(0).messageKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/selection/criteria";
	}

	@GetMapping("/selection/criteria/current")
	@PreAuthorize(SelectionRoles.CRITERIA_READERS)
	String current(Model model) {
		model.addAttribute("version", this.criteria.inForce().orElse(null));
		if (!model.containsAttribute("acknowledgedAt")) {
			model.addAttribute("acknowledgedAt", this.notices.acknowledgedByCaller().orElse(null));
		}
		return "selection/current";
	}

	@PostMapping("/selection/criteria/current/acknowledgement")
	@PreAuthorize(SelectionRoles.CONTRACTOR)
	String acknowledge(RedirectAttributes redirect) {
		NoticeView notice = this.notices.acknowledge();
		redirect.addFlashAttribute("flash", "selection.criteria.current.flash");
		redirect.addFlashAttribute("acknowledgedAt", notice.acknowledgedAt());
		return "redirect:/selection/criteria/current";
	}

	@GetMapping("/selection/criteria/compare")
	@PreAuthorize(SelectionRoles.READERS)
	String compare(@RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("comparison", this.criteria.compare(from, to));
		return "selection/compare";
	}

	@GetMapping("/selection/criteria/{id}")
	@PreAuthorize(SelectionRoles.READERS)
	String version(@PathVariable UUID id, Model model) {
		CriteriaVersionView version = this.criteria.get(id);
		model.addAttribute("version", version);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CriteriaForm.of(version));
		}
		return "selection/version";
	}

	/**
	 * Saves the draft, or (with {@code addRow}) only adds an empty row and shows the
	 * editor again without saving.
	 */
	@PostMapping("/selection/criteria/{id}")
	@PreAuthorize(SelectionRoles.WRITERS)
	String save(@PathVariable UUID id, @ModelAttribute("form") CriteriaForm form,
			@RequestParam(required = false) String addRow, Model model, RedirectAttributes redirect) {
		if (addRow != null) {
			form.addRow();
			return editorAgain(id, model, List.of());
		}
		try {
			this.criteria.revise(id, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flash", "selection.criteria.flash.saved");
			return "redirect:/selection/criteria/" + id;
		}
		catch (InvalidInputException ex) {
			return editorAgain(id, model, ex.errors());
		}
		catch (ConflictException ex) {
			model.addAttribute("flashError", ex.messageKey());
			return editorAgain(id, model, List.of());
		}
	}

	@PostMapping("/selection/criteria/{id}/submission")
	@PreAuthorize(SelectionRoles.WRITERS)
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			return "redirect:/approvals/" + this.criteria.submit(id);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/selection/criteria/" + id;
		}
	}

	@ModelAttribute("supplierTypes")
	SupplierType[] supplierTypes() {
		return SupplierType.values();
	}

	@ModelAttribute("riskTiers")
	RiskTier[] riskTiers() {
		return RiskTier.values();
	}

	@ModelAttribute("scales")
	ScoringScale[] scales() {
		return ScoringScale.values();
	}

	private String editorAgain(UUID id, Model model, List<InvalidInputException.FieldProblem> problems) {
		model.addAttribute("version", this.criteria.get(id));
		model.addAttribute("problems", problems);
		return "selection/version";
	}

}
