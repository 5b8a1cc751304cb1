package jp.itaku.contractor.exchange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.itaku.contractor.Contact;
import jp.itaku.contractor.Contractor;

/**
 * One contractor as the cells of an export row, in {@link ExchangeColumn} order. Lists of
 * values are separated by {@code ;}, the separator an import splits on.
 */
final class ContractorCells {

	static final String SEPARATOR = ";";

	private static final DateTimeFormatter UPDATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final ExchangeLabels labels;

	private final Locale locale;

	ContractorCells(ExchangeLabels labels, Locale locale) {
		this.labels = labels;
		this.locale = locale;
	}

	List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (ExchangeColumn column : ExchangeColumn.values()) {
			headers.add(this.labels.header(column, this.locale));
		}
		return headers;
	}

	List<String> of(Contractor c, String parentName) {
		Contact contact = primaryContact(c.getContacts());
		List<String> cells = new ArrayList<>(ExchangeColumn.values().length);
		for (ExchangeColumn column : ExchangeColumn.values()) {
			cells.add(switch (column) {
				case ID -> c.getId().toString();
				case VERSION -> Long.toString(c.getVersion());
				case NAME -> c.getName();
				case NAME_KANA -> c.getNameKana();
				case CORPORATE_NUMBER -> c.getCorporateNumber();
				case POSTAL_CODE -> c.getPostalCode();
				case ADDRESS -> c.getAddress();
				case REPRESENTATIVE -> c.getRepresentative();
				case PARENT_NAME -> parentName;
				case PARENT_ID -> Objects.toString(c.getParentId(), "");
				case SUPPLIER_TYPES -> labels(c.getSupplierTypes());
				case ACCESS_KINDS -> labels(c.getAccessKinds());
				case HIGHEST_CLASSIFICATION -> this.labels.label(c.getHighestClassification(), this.locale);
				case RISK_TIER -> this.labels.label(c.getRiskTier(), this.locale);
				case RISK_TIER_OVERRIDE -> this.labels.label(c.getRiskTierOverride(), this.locale);
				case RISK_TIER_OVERRIDE_REASON -> c.getRiskTierOverrideReason();
				case EFFECTIVE_RISK_TIER -> this.labels.label(c.effectiveRiskTier(), this.locale);
				case DEPARTMENT -> c.getDepartment();
				case RESPONSIBLE_MEMBER -> c.getResponsibleMember();
				case STATUS -> this.labels.label(c.getStatus(), this.locale);
				case NOTES -> c.getNotes();
				case CONTACT_NAME -> (contact != null) ? contact.name() : null;
				case CONTACT_EMAIL -> (contact != null) ? contact.email() : null;
				case CONTACT_PHONE -> (contact != null) ? contact.phone() : null;
				case UPDATED_AT -> (c.getUpdatedAt() != null) ? UPDATED_AT.format(c.getUpdatedAt()) : null;
			});
		}
		return cells;
	}

	/** The contact marked primary, else the first one. */
	static Contact primaryContact(List<Contact> contacts) {
		return contacts.stream()
			.filter(Contact::primaryContact)
			.findFirst()
			.orElse(contacts.isEmpty() ? null : contacts.get(0));
	}

	private String labels(Collection<? extends Enum<?>> values) {
		// enum order, so that an unchanged record exports the same text every time
		return values.stream()
			.sorted(Comparator.comparingInt(Enum::ordinal))
			.map((value) -> this.labels.label(value, this.locale))
			.collect(Collectors.joining(SEPARATOR));
	}

}
