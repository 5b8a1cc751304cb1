package jp.itaku.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.itaku.compliance.Compliance;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementCompliance;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUser;
import jp.itaku.duty.Duties;
import jp.itaku.identity.CurrentUsers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: where the organisation stands on the regulation and how the register is
 * made up, for the people inside it; a contractor representative is sent to their own
 * company.
 */
@Controller
class HomeController {

	private final CurrentUsers users;

	private final Contractors contractors;

	private final Compliance compliance;

	private final Duties duties;

	HomeController(CurrentUsers users, Contractors contractors, Compliance compliance, Duties duties) {
		this.users = users;
		this.contractors = contractors;
		this.compliance = compliance;
		this.duties = duties;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		CurrentUser user = this.users.current();
		model.addAttribute("user", user);
		if (user.isContractorOnly()) {
			model.addAttribute("ownContractorId", user.contractorId());
			return "home";
		}
		List<RequirementCompliance> overview = this.compliance.overview(locale);
		Map<ComplianceStatus, Long> statusCounts = new EnumMap<>(ComplianceStatus.class);
		for (ComplianceStatus status : ComplianceStatus.values()) {
			statusCounts.put(status, overview.stream().filter((entry) -> entry.status() == status).count());
		}
		model.addAttribute("complianceCounts", statusCounts);
		model.addAttribute("attention", overview.stream()
			.filter((entry) -> entry.status() == ComplianceStatus.GAP || entry.status() == ComplianceStatus.OVERDUE
					|| entry.status() == ComplianceStatus.DUE_SOON)
			.toList());
		model.addAttribute("contractorCounts", this.contractors.countByStatus());
		// the caller's own duties, and the committee's for its members (規程 4.3, 9)
		model.addAttribute("myDuties", this.duties.mine());
		return "home";
	}

}
