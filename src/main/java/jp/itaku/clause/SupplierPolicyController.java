package jp.itaku.clause;

import java.util.EnumSet;
import java.util.Set;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
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
 * The S01 policy screen {@code /clauses/supplier-types} (規程 4.2(1)③): the kinds of
 * supplier the organisation allows access to its information and the access each may be
 * granted, documented by the committee; with the contractors that fall outside it.
 */
@Controller
@PreAuthorize(ClauseAccess.SIGNED_IN)
class SupplierPolicyController {

	private final SupplierPolicies policies;

	private final SupplierPolicyCompliance standing;

	private final ClauseAccess access;

	SupplierPolicyController(SupplierPolicies policies, SupplierPolicyCompliance standing, ClauseAccess access) {
		this.policies = policies;
		this.standing = standing;
		this.access = access;
	}

	@GetMapping("/clauses/supplier-types")
	String show(Model model) {
		this.access.internalOnly();
		return render(model);
	}

	@PostMapping("/clauses/supplier-types/{type}")
	@PreAuthorize(ClauseAccess.COMMITTEE)
	String change(@PathVariable SupplierType type, @RequestParam long version,
			@RequestParam(required = false) Set<AccessKind> permitted,
			@RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
		this.access.internalOnly();
		try {
			this.policies.change(type, version, permitted, description);
		}
		catch (InvalidInputException | ConflictException ex) {
			model.addAttribute("problem", (ex instanceof ConflictException conflict) ? conflict.messageKey()
					: ((InvalidInputException) ex).errors().get(0).messageKey());
			model.addAttribute("typedType", type);
			model.addAttribute("typedAccess", (permitted != null) ? permitted : Set.of());
			model.addAttribute("typedDescription", description);
			return render(model);
		}
		redirect.addFlashAttribute("notice", "clause.policy.saved");
		return "redirect:/clauses/supplier-types#policy-" + type;
	}

	private String render(Model model) {
		model.addAttribute("policies", this.policies.all());
		model.addAttribute("outside", this.standing.outside());
		model.addAttribute("accessKinds", EnumSet.complementOf(EnumSet.of(AccessKind.NONE)));
		return "clause/supplier-types";
	}

}
