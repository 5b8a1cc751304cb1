package jp.itaku.clause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicability matrix screen {@code /clauses/applicability} (規程 4.2): everyone
 * inside the organisation reads it with the defaults explained; the committee edits one
 * item's row of cells at a time. A saved change re-derives every checklist, keeping
 * findings.
 */
@Controller
@PreAuthorize(ClauseAccess.SIGNED_IN)
class ApplicabilityController {

	private final ClauseApplicability applicability;

	private final ClauseAccess access;

	ApplicabilityController(ClauseApplicability applicability, ClauseAccess access) {
		this.applicability = applicability;
		this.access = access;
	}

	@GetMapping("/clauses/applicability")
	String show(@RequestParam(required = false) String item, Model model) {
		this.access.internalOnly();
		ApplicabilityView view = this.applicability.view();
		if (item != null && !ClauseItems.CONTRACT_ITEMS.contains(item)) {
			throw new NotFoundException("item " + item);
		}
		if (item != null) {
			model.addAttribute("editCells", cellsOf(view, item));
			model.addAttribute("editVersion", view.version());
		}
		return render(view, item, model);
	}

	@PostMapping("/clauses/applicability/{item}")
	@PreAuthorize(ClauseAccess.COMMITTEE)
	String change(@PathVariable String item, @RequestParam long version,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		this.access.internalOnly();
		if (!ClauseItems.CONTRACT_ITEMS.contains(item)) {
			throw new NotFoundException("item " + item);
		}
		List<ApplicabilityCell> cells = typed(item, form);
		try {
			this.applicability.change(version, cells);
		}
		catch (ConflictException ex) {
			ApplicabilityView view = this.applicability.view();
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("editCells", cells);
			model.addAttribute("editVersion", view.version());
			return render(view, item, model);
		}
		redirect.addFlashAttribute("notice", "clause.applicability.saved");
		return "redirect:/clauses/applicability#row-" + item;
	}

	private String render(ApplicabilityView view, String item, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("item", item);
		model.addAttribute("items", ClauseItems.CONTRACT_ITEMS);
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("accessKinds", EnumSet.complementOf(EnumSet.of(AccessKind.NONE)));
		model.addAttribute("supplierTypes", SupplierType.values());
		return "clause/applicability";
	}

	private static List<ApplicabilityCell> cellsOf(ApplicabilityView view, String item) {
		return Arrays.stream(ContractKind.values()).map((kind) -> view.cell(item, kind).orElseThrow()).toList();
	}

	/**
	 * The cells as typed: always.KIND, access.KIND (several), supplier.KIND (several).
	 */
	static List<ApplicabilityCell> typed(String item, MultiValueMap<String, String> form) {
		List<ApplicabilityCell> cells = new ArrayList<>();
		for (ContractKind kind : ContractKind.values()) {
			boolean always = form.containsKey("always." + kind);
			cells.add(new ApplicabilityCell(item, kind, always, values(form.get("access." + kind), AccessKind.class),
					values(form.get("supplier." + kind), SupplierType.class)));
		}
		return cells;
	}

	private static <E extends Enum<E>> Set<E> values(List<String> names, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (names != null) {
			for (String name : names) {
				Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(name)).forEach(values::add);
			}
		}
		return values;
	}

}
