package jp.itaku.contractor.exchange;

import java.util.EnumSet;
import java.util.Set;

/**
 * The columns of the register's exchange file, in the order of the export. Derived
 * columns (the parent's name, the derived and effective risk tier, the time of the last
 * change) are written for the reader and ignored on import.
 */
enum ExchangeColumn {

	ID(38, false), VERSION(8, false), NAME(30, true), NAME_KANA(30, true), CORPORATE_NUMBER(16, true),
	POSTAL_CODE(10, true), ADDRESS(40, true), REPRESENTATIVE(18, true), PARENT_NAME(24, false), PARENT_ID(38, true),
	SUPPLIER_TYPES(30, true), ACCESS_KINDS(30, true), HIGHEST_CLASSIFICATION(14, true), RISK_TIER(12, false),
	RISK_TIER_OVERRIDE(12, true), RISK_TIER_OVERRIDE_REASON(30, true), EFFECTIVE_RISK_TIER(12, false),
	DEPARTMENT(18, true), RESPONSIBLE_MEMBER(16, true), STATUS(10, true), NOTES(40, true), CONTACT_NAME(18, true),
	CONTACT_EMAIL(28, true), CONTACT_PHONE(16, true), UPDATED_AT(20, false);

	/** What the downloadable template asks a user to fill. */
	static final Set<ExchangeColumn> TEMPLATE = EnumSet.of(NAME, NAME_KANA, CORPORATE_NUMBER, POSTAL_CODE, ADDRESS,
			REPRESENTATIVE, PARENT_ID, SUPPLIER_TYPES, ACCESS_KINDS, HIGHEST_CLASSIFICATION, RISK_TIER_OVERRIDE,
			RISK_TIER_OVERRIDE_REASON, DEPARTMENT, RESPONSIBLE_MEMBER, STATUS, NOTES, CONTACT_NAME, CONTACT_EMAIL,
			CONTACT_PHONE);

	private final int width;

	private final boolean editable;

	ExchangeColumn(int width, boolean editable) {
		this.width = width;
		this.editable = editable;
	}

	/** Column width in characters, wide enough for typical Japanese values. */
	int width() {
		return this.width;
	}

	/** Whether an import reads this column into the contractor's details. */
	boolean editable() {
		return this.editable;
	}

	String messageKey() {
		return "exchange.column." + name();
	}

}
