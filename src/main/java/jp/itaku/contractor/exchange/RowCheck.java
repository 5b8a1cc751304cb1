package jp.itaku.contractor.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contact;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.CorporateNumber;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;

import org.springframework.data.domain.PageRequest;

import static jp.itaku.contractor.exchange.ExchangeColumn.*;

/**
 * The checks of one row, with the same rules as the register's form; collects every
 * problem instead of stopping at the first. A column the file does not have keeps the
 * stored value, so that a file with only some columns updates only those.
 */
final class RowCheck {

	/**
	 * The register form's rule for フリガナ (kept equal to {@code Kana.PATTERN} of the
	 * register): kana, the long-vowel mark, middle dot, spaces, and the letters and
	 * digits of company names such as ＡＢＣ・システムズ.
	 */
	private static final Pattern KANA = Pattern.compile("^[\\p{IsHiragana}\\p{IsKatakana}ー・ 　A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*$");

	/** As loose as the form's {@code @Email}: one @ with text on both sides. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final Pattern SEPARATORS = Pattern.compile("[;；、,\\n]");

	private final ImportCells cells;

	private final ExchangeLabels labels;

	private final Contractors contractors;

	private final List<ImportProblem> problems = new ArrayList<>();

	RowCheck(ImportCells cells, ExchangeLabels labels, Contractors contractors) {
		this.cells = cells;
		this.labels = labels;
		this.contractors = contractors;
	}

	ImportCells cells() {
		return this.cells;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	List<ImportProblem> problemsIn(ExchangeColumn column) {
		return this.problems.stream().filter((problem) -> problem.column() == column).toList();
	}

	void problem(ExchangeColumn column, String key, Object... args) {
		this.problems.add(new ImportProblem(this.cells.rowNumber(), column, key,
				java.util.Arrays.stream(args).map(String::valueOf).toList()));
	}

	ContractorDetails details(Contractor current) {
		ContractorDetails base = (current != null) ? CurrentDetails.of(current) : new ContractorDetails(null, null,
				null, null, null, null, null, Set.of(), Set.of(), null, null, null, null, null, null, List.of());
		String name = text(NAME, 200, base.name());
		String kana = text(NAME_KANA, 200, base.nameKana());
		required(NAME, name);
		required(NAME_KANA, kana);
		if (kana != null && !KANA.matcher(kana).matches()) {
			problem(NAME_KANA, "exchange.import.error.kana");
		}
		RiskTier override = has(RISK_TIER_OVERRIDE) ? enumValue(RISK_TIER_OVERRIDE, RiskTier.class)
				: base.riskTierOverride();
		String reason = text(RISK_TIER_OVERRIDE_REASON, 1000, base.riskTierOverrideReason());
		if (override != null && reason == null) {
			problem(RISK_TIER_OVERRIDE_REASON, "exchange.import.error.overrideReason");
		}
		return new ContractorDetails(name, kana, corporateNumber(base.corporateNumber()),
				text(POSTAL_CODE, 10, base.postalCode()), text(ADDRESS, 500, base.address()),
				text(REPRESENTATIVE, 200, base.representative()), parent(current, base.parentId()),
				has(SUPPLIER_TYPES) ? enumSet(SUPPLIER_TYPES, SupplierType.class) : base.supplierTypes(),
				has(ACCESS_KINDS) ? enumSet(ACCESS_KINDS, AccessKind.class) : base.accessKinds(),
				has(HIGHEST_CLASSIFICATION) ? enumValue(HIGHEST_CLASSIFICATION, InformationClassification.class)
						: base.highestClassification(),
				override, (override != null) ? reason : null, text(DEPARTMENT, 200, base.department()),
				text(RESPONSIBLE_MEMBER, 100, base.responsibleMember()), text(NOTES, 4000, base.notes()),
				contacts(base.contacts()));
	}

	<E extends Enum<E>> E enumValue(ExchangeColumn column, Class<E> type) {
		String text = this.cells.get(column);
		if (text == null) {
			return null;
		}
		return this.labels.parse(type, text).orElseGet(() -> {
			problem(column, "exchange.import.error.unknownValue", text);
			return null;
		});
	}

	private <E extends Enum<E>> Set<E> enumSet(ExchangeColumn column, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		String text = this.cells.get(column);
		if (text != null) {
			for (String part : SEPARATORS.split(text)) {
				if (!part.isBlank()) {
					this.labels.parse(type, part)
						.ifPresentOrElse(values::add,
								() -> problem(column, "exchange.import.error.unknownValue", part.strip()));
				}
			}
		}
		return values;
	}

	private boolean has(ExchangeColumn column) {
		return this.cells.has(column);
	}

	private String text(ExchangeColumn column, int max, String stored) {
		if (!has(column)) {
			return stored;
		}
		String value = this.cells.get(column);
		if (value != null && value.length() > max) {
			problem(column, "exchange.import.error.tooLong", max);
		}
		return value;
	}

	private void required(ExchangeColumn column, String value) {
		if (value == null) {
			problem(column, "exchange.import.error.required");
		}
	}

	private String corporateNumber(String stored) {
		String value = normalized(text(CORPORATE_NUMBER, 20, stored));
		if (value != null && !CorporateNumber.isValid(value)) {
			problem(CORPORATE_NUMBER, "exchange.import.error.corporateNumber", value);
		}
		return value;
	}

	private UUID parent(Contractor current, UUID stored) {
		if (!has(PARENT_ID)) {
			return stored;
		}
		String ref = normalized(this.cells.get(PARENT_ID));
		if (ref == null) {
			return null;
		}
		Contractor parent = null;
		if (ref.matches("[0-9]{13}")) {
			parent = this.contractors
				.search(new ContractorQuery(ref, null, null, null, null, null), PageRequest.of(0, 5))
				.stream()
				.filter((candidate) -> ref.equals(candidate.getCorporateNumber()))
				.findFirst()
				.orElse(null);
		}
		else if (ref.matches("[0-9a-fA-F-]{36}")) {
			parent = this.contractors.find(new ContractorId(UUID.fromString(ref))).orElse(null);
		}
		if (parent == null) {
			problem(PARENT_ID, "exchange.import.error.parent", ref);
			return null;
		}
		if (current != null && parent.getId().equals(current.getId())) {
			problem(PARENT_ID, "exchange.import.error.ownParent");
		}
		return parent.getId();
	}

	private List<Contact> contacts(List<Contact> stored) {
		if (!has(CONTACT_NAME) && !has(CONTACT_EMAIL) && !has(CONTACT_PHONE)) {
			return stored;
		}
		Contact old = ContractorCells.primaryContact(stored);
		String name = text(CONTACT_NAME, 200, (old != null) ? old.name() : null);
		String email = text(CONTACT_EMAIL, 320, (old != null) ? old.email() : null);
		String phone = text(CONTACT_PHONE, 50, (old != null) ? old.phone() : null);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problem(CONTACT_EMAIL, "exchange.import.error.email", email);
		}
		if (name == null && (email != null || phone != null)) {
			problem(CONTACT_NAME, "exchange.import.error.contactName");
		}
		List<Contact> contacts = new ArrayList<>(stored);
		int position = (old != null) ? contacts.indexOf(old) : -1;
		Contact primary = (name != null) ? new Contact(name, (old != null) ? old.department() : null, email, phone,
				(old == null) || old.primaryContact()) : null;
		if (position >= 0) {
			contacts.remove(position);
		}
		if (primary != null) {
			contacts.add(Math.max(position, 0), primary);
		}
		return contacts;
	}

	/**
	 * Full-width digits and hyphens folded to ASCII, as users type them in Japanese IME.
	 */
	private static String normalized(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFKC).strip() : null;
	}

}
