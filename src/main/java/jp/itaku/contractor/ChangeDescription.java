package jp.itaku.contractor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two "field: value" listings and says what changed, as "field: old → new"
 * lines.
 */
final class ChangeDescription {

	private ChangeDescription() {
	}

	/** A stable "field: value" listing of a contractor, for the audit trail. */
	static String of(Contractor c) {
		List<String> lines = new ArrayList<>();
		lines.add("name: " + c.getName());
		lines.add("nameKana: " + c.getNameKana());
		lines.add("corporateNumber: " + Objects.toString(c.getCorporateNumber(), ""));
		lines.add("postalCode: " + Objects.toString(c.getPostalCode(), ""));
		lines.add("address: " + Objects.toString(c.getAddress(), ""));
		lines.add("representative: " + Objects.toString(c.getRepresentative(), ""));
		lines.add("parentId: " + Objects.toString(c.getParentId(), ""));
		lines.add("supplierTypes: " + c.getSupplierTypes().stream().map(Enum::name).sorted().toList());
		lines.add("accessKinds: " + c.getAccessKinds().stream().map(Enum::name).sorted().toList());
		lines.add("highestClassification: " + c.getHighestClassification());
		lines.add("riskTier: " + c.getRiskTier());
		lines.add("riskTierOverride: " + Objects.toString(c.getRiskTierOverride(), ""));
		lines.add("riskTierOverrideReason: " + Objects.toString(c.getRiskTierOverrideReason(), ""));
		lines.add("department: " + Objects.toString(c.getDepartment(), ""));
		lines.add("responsibleMember: " + Objects.toString(c.getResponsibleMember(), ""));
		lines.add("notes: " + Objects.toString(c.getNotes(), ""));
		lines.add("contacts: " + c.getContacts());
		lines.add("status: " + c.getStatus());
		return String.join("\n", lines);
	}

	static String between(String before, String after) {
		Map<String, String> old = parse(before);
		Map<String, String> now = parse(after);
		List<String> changes = new ArrayList<>();
		now.forEach((field, value) -> {
			String previous = old.get(field);
			if (!Objects.equals(previous, value)) {
				changes.add(field + ": " + previous + " → " + value);
			}
		});
		return String.join("\n", changes);
	}

	private static Map<String, String> parse(String listing) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : listing.split("\n")) {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				fields.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return fields;
	}

}
