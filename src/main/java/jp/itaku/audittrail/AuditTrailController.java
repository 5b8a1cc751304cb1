package jp.itaku.audittrail;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit trail screen (操作記録): filters, pages loaded with htmx, and a button that
 * verifies the hash chain.
 */
@Controller
@RequestMapping("/audit-trail")
class AuditTrailController {

	private static final String HTMX = "HX-Request";

	private final AuditTrail auditTrail;

	AuditTrailController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	@PreAuthorize(AuditTrailAccess.READ)
	String list(@Valid @ModelAttribute("query") AuditTrailQuery query, @PageableDefault(size = 20) Pageable pageable,
			@RequestHeader(name = HTMX, required = false) String htmx, Model model) {
		model.addAttribute("entries", this.auditTrail.search(query, AuditTrailAccess.limited(pageable)));
		// htmx replaces only the results when the filters change or the user pages
		return (htmx != null) ? "audittrail/list :: results" : "audittrail/list";
	}

	@GetMapping("/verify")
	@PreAuthorize(AuditTrailAccess.VERIFY)
	String verify(Model model) {
		model.addAttribute("verification", this.auditTrail.verify());
		return "audittrail/list :: verification";
	}

}
