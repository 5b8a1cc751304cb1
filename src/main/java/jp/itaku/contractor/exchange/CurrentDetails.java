package jp.itaku.contractor.exchange;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;

/**
 * A stored contractor's editable details, in the shape an import row takes, so that an
 * unchanged row is recognised as unchanged.
 */
final class CurrentDetails {

	private CurrentDetails() {
	}

	static ContractorDetails of(Contractor c) {
		return new ContractorDetails(blankToNull(c.getName()), blankToNull(c.getNameKana()),
				blankToNull(c.getCorporateNumber()), blankToNull(c.getPostalCode()), blankToNull(c.getAddress()),
				blankToNull(c.getRepresentative()), c.getParentId(), c.getSupplierTypes(), c.getAccessKinds(),
				c.getHighestClassification(), c.getRiskTierOverride(), blankToNull(c.getRiskTierOverrideReason()),
				blankToNull(c.getDepartment()), blankToNull(c.getResponsibleMember()), blankToNull(c.getNotes()),
				c.getContacts());
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
