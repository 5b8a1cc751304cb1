package jp.itaku.compliance;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compliance screen (規程準拠状況): the requirements grouped by the part of the regulation
 * they belong to, with a count per status at the top.
 */
@Controller
class ComplianceController {

	/** Everyone inside the organisation; a contractor representative does not see it. */
	static final String READ = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	private final Compliance compliance;

	ComplianceController(Compliance compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/compliance")
	@PreAuthorize(READ)
	String overview(Locale locale, Model model) {
		List<RequirementCompliance> entries = this.compliance.overview(locale);
		Map<ComplianceStatus, Long> summary = new EnumMap<>(ComplianceStatus.class);
		for (ComplianceStatus status : ComplianceStatus.values()) {
			summary.put(status, 0L);
		}
		entries.forEach((entry) -> summary.merge(entry.status(), 1L, Long::sum));
		Map<String, List<RequirementCompliance>> byClause = entries.stream()
			.collect(Collectors.groupingBy(RequirementCompliance::clause, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("summary", summary);
		model.addAttribute("clauses", byClause);
		return "compliance/overview";
	}

}
