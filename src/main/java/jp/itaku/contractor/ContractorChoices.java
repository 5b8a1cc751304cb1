package jp.itaku.contractor;

import org.springframework.ui.Model;

/**
 * The values the register's screens offer in their selects and checkboxes.
 */
final class ContractorChoices {

	private ContractorChoices() {
	}

	static void addTo(Model model) {
		model.addAttribute("statuses", ContractorStatus.values());
		model.addAttribute("supplierTypes", SupplierType.values());
		model.addAttribute("riskTiers", RiskTier.values());
		model.addAttribute("accessKinds", AccessKind.values());
		model.addAttribute("classifications", InformationClassification.values());
	}

}
