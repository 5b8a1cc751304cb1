package jp.itaku.contractor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the register's form sends; {@code id} and {@code version} are empty for a new
 * contractor. The form is never bound to the entity.
 */
record ContractorForm(UUID id, Long version,
		@NotBlank(message = "{contractor.validation.required}") @Size(max = 200,
				message = "{contractor.validation.tooLong}") String name,
		@NotBlank(message = "{contractor.validation.required}") @Size(max = 200,
				message = "{contractor.validation.tooLong}") @Pattern(regexp = Kana.PATTERN,
						message = "{contractor.validation.kana}") String nameKana,
		@CorporateNumberFormat String corporateNumber,
		@Size(max = 10, message = "{contractor.validation.tooLong}") String postalCode,
		@Size(max = 500, message = "{contractor.validation.tooLong}") String address,
		@Size(max = 200, message = "{contractor.validation.tooLong}") String representative, UUID parentId,
		Set<SupplierType> supplierTypes, Set<AccessKind> accessKinds, InformationClassification highestClassification,
		RiskTier riskTierOverride,
		@Size(max = 1000, message = "{contractor.validation.tooLong}") String riskTierOverrideReason,
		@Size(max = 200, message = "{contractor.validation.tooLong}") String department,
		@Size(max = 100, message = "{contractor.validation.tooLong}") String responsibleMember,
		@Size(max = 4000, message = "{contractor.validation.tooLong}") String notes,
		@Valid @Size(max = 50, message = "{contractor.validation.tooMany}") List<ContactInput> contacts) {

	ContractorForm {
		// unchecked boxes send nothing at all
		supplierTypes = (supplierTypes != null && !supplierTypes.isEmpty()) ? EnumSet.copyOf(supplierTypes)
				: EnumSet.noneOf(SupplierType.class);
		accessKinds = (accessKinds != null && !accessKinds.isEmpty()) ? EnumSet.copyOf(accessKinds)
				: EnumSet.noneOf(AccessKind.class);
		contacts = (contacts != null) ? new ArrayList<>(contacts) : new ArrayList<>();
	}

	static ContractorForm empty() {
		return new ContractorForm(null, null, null, null, null, null, null, null, null, null, null,
				InformationClassification.INTERNAL, null, null, null, null, null, List.of());
	}

	static ContractorForm of(Contractor c) {
		return new ContractorForm(c.getId(), c.getVersion(), c.getName(), c.getNameKana(), c.getCorporateNumber(),
				c.getPostalCode(), c.getAddress(), c.getRepresentative(), c.getParentId(), c.getSupplierTypes(),
				c.getAccessKinds(), c.getHighestClassification(), c.getRiskTierOverride(),
				c.getRiskTierOverrideReason(), c.getDepartment(), c.getResponsibleMember(), c.getNotes(),
				c.getContacts().stream().map(ContactInput::of).toList());
	}

	public boolean isNew() {
		return this.id == null;
	}

	/** The same input with one more, empty, contact row. */
	ContractorForm withContactAdded() {
		List<ContactInput> rows = new ArrayList<>(this.contacts);
		rows.add(ContactInput.empty());
		return withContacts(rows);
	}

	/** The same input without the contact row at {@code index}. */
	ContractorForm withContactRemoved(int index) {
		List<ContactInput> rows = new ArrayList<>(this.contacts);
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
		return withContacts(rows);
	}

	ContractorDetails toDetails() {
		return new ContractorDetails(this.name, this.nameKana, this.corporateNumber, this.postalCode, this.address,
				this.representative, this.parentId, this.supplierTypes, this.accessKinds, this.highestClassification,
				this.riskTierOverride, this.riskTierOverrideReason, this.department, this.responsibleMember, this.notes,
				this.contacts.stream().map(ContactInput::toContact).toList());
	}

	private ContractorForm withContacts(List<ContactInput> rows) {
		return new ContractorForm(this.id, this.version, this.name, this.nameKana, this.corporateNumber,
				this.postalCode, this.address, this.representative, this.parentId, this.supplierTypes, this.accessKinds,
				this.highestClassification, this.riskTierOverride, this.riskTierOverrideReason, this.department,
				this.responsibleMember, this.notes, rows);
	}

}
