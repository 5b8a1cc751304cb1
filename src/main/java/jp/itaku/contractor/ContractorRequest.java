package jp.itaku.contractor;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The API's body for creating ({@code version} ignored) and changing ({@code version}
 * required) a contractor.
 */
record ContractorRequest(Long version,
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

	ContractorDetails toDetails() {
		List<Contact> people = (this.contacts != null) ? this.contacts.stream().map(ContactInput::toContact).toList()
				: List.of();
		return new ContractorDetails(this.name, this.nameKana, this.corporateNumber, this.postalCode, this.address,
				this.representative, this.parentId, this.supplierTypes, this.accessKinds, this.highestClassification,
				this.riskTierOverride, this.riskTierOverrideReason, this.department, this.responsibleMember, this.notes,
				people);
	}

}
