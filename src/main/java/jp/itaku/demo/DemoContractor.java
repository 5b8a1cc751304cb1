package jp.itaku.demo;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contact;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.CorporateNumber;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;

/**
 * A demo contractor as written in {@code demo/contractors.tsv}, checked when read so that
 * a mistake in the file stops the demo at start-up instead of loading a wrong register.
 *
 * @param key the row's short name, by which contacts, users and later related records
 * refer to it
 * @param parentKey the key of the parent company's row, or {@code null}
 * @param details the details to register, without the parent (known only once it is
 * registered)
 * @param statusPath the transitions after registration as 候補, in order
 * @param statusReason the reason given with the last transition
 */
record DemoContractor(String key, String parentKey, ContractorDetails details, List<ContractorStatus> statusPath,
		String statusReason) {

	private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FC]+");

	DemoContractor {
		statusPath = List.copyOf(statusPath);
		if (details.corporateNumber() != null && !CorporateNumber.isValid(details.corporateNumber())) {
			throw new IllegalStateException(key + ": not a valid 法人番号: " + details.corporateNumber());
		}
		if (!KATAKANA.matcher(details.nameKana()).matches()) {
			throw new IllegalStateException(key + ": the reading must be katakana only: " + details.nameKana());
		}
		if (details.contacts().isEmpty()) {
			throw new IllegalStateException(key + ": no contact in demo/contacts.tsv");
		}
	}

	static DemoContractor of(DemoRow row, List<Contact> contacts) {
		ContractorDetails details = new ContractorDetails(row.required("name"), row.required("nameKana"),
				row.text("corporateNumber"), row.text("postalCode"), row.text("address"), row.text("representative"),
				null, row.enumSet("supplierTypes", SupplierType.class), row.enumSet("accessKinds", AccessKind.class),
				row.enumValue("classification", InformationClassification.class),
				row.enumValue("riskTierOverride", RiskTier.class), row.text("riskTierOverrideReason"),
				row.text("department"), row.text("responsibleMember"), row.text("notes"), contacts);
		return new DemoContractor(row.required("key"), row.text("parent"), details,
				row.enumList("statusPath", ">", ContractorStatus.class), row.text("statusReason"));
	}

	/** The status the contractor ends in once every transition of its path is made. */
	ContractorStatus finalStatus() {
		return this.statusPath.isEmpty() ? ContractorStatus.CANDIDATE : this.statusPath.get(this.statusPath.size() - 1);
	}

	/** The details to register, with the parent company's id now that it is known. */
	ContractorDetails detailsWithParent(UUID parentId) {
		ContractorDetails d = this.details;
		return new ContractorDetails(d.name(), d.nameKana(), d.corporateNumber(), d.postalCode(), d.address(),
				d.representative(), parentId, d.supplierTypes(), d.accessKinds(), d.highestClassification(),
				d.riskTierOverride(), d.riskTierOverrideReason(), d.department(), d.responsibleMember(), d.notes(),
				d.contacts());
	}

}
