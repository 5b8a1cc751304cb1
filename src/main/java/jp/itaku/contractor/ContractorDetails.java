package jp.itaku.contractor;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The editable details of a contractor, already validated: what a form, an API request or
 * an import row becomes.
 */
public record ContractorDetails(String name, String nameKana, String corporateNumber, String postalCode, String address,
		String representative, UUID parentId, Set<SupplierType> supplierTypes, Set<AccessKind> accessKinds,
		InformationClassification highestClassification, RiskTier riskTierOverride, String riskTierOverrideReason,
		String department, String responsibleMember, String notes, List<Contact> contacts) {

	public ContractorDetails {
		name = strip(name);
		nameKana = strip(nameKana);
		corporateNumber = strip(corporateNumber);
		postalCode = strip(postalCode);
		address = strip(address);
		representative = strip(representative);
		riskTierOverrideReason = strip(riskTierOverrideReason);
		department = strip(department);
		responsibleMember = strip(responsibleMember);
		notes = strip(notes);
		supplierTypes = (supplierTypes != null) ? Set.copyOf(supplierTypes) : Set.of();
		accessKinds = (accessKinds != null) ? Set.copyOf(accessKinds) : Set.of();
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
		if (highestClassification == null) {
			highestClassification = InformationClassification.INTERNAL;
		}
	}

	// blank optional fields are stored as "none", so that filters and uniqueness see no
	// difference between an empty input and a missing one
	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
