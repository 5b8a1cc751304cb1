package jp.itaku.contractor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contractor as the API shows it (JSON in camelCase).
 */
record ContractorView(UUID id, long version, String name, String nameKana, String corporateNumber, String postalCode,
		String address, String representative, UUID parentId, List<SupplierType> supplierTypes,
		List<AccessKind> accessKinds, InformationClassification highestClassification, RiskTier riskTier,
		RiskTier riskTierOverride, String riskTierOverrideReason, RiskTier effectiveRiskTier, String department,
		String responsibleMember, ContractorStatus status, String notes, List<Contact> contacts, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy) {

	static ContractorView of(Contractor c) {
		return new ContractorView(c.getId(), c.getVersion(), c.getName(), c.getNameKana(), c.getCorporateNumber(),
				c.getPostalCode(), c.getAddress(), c.getRepresentative(), c.getParentId(),
				c.getSupplierTypes().stream().sorted().toList(), c.getAccessKinds().stream().sorted().toList(),
				c.getHighestClassification(), c.getRiskTier(), c.getRiskTierOverride(), c.getRiskTierOverrideReason(),
				c.effectiveRiskTier(), c.getDepartment(), c.getResponsibleMember(), c.getStatus(), c.getNotes(),
				c.getContacts(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy());
	}

}
