package jp.itaku.contractor.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;

import org.springframework.data.domain.Sort;

/**
 * What to export: the list screen's filters (including the compliance spine's
 * {@code missing}) and sort, and the file format.
 *
 * @param format {@code xlsx} (default) or {@code csv}
 * @param encoding for CSV: {@code utf-8} (default, with BOM) or {@code shift_jis}
 * @param sort a property, optionally followed by {@code ,asc} or {@code ,desc}
 */
record ExportRequest(@Pattern(regexp = "(?i)xlsx|csv") String format,
		@Pattern(regexp = "(?i)utf-?8|shift_jis|sjis|windows-31j|ms932|cp932") String encoding,
		@Size(max = 200) String q, ContractorStatus status, SupplierType supplierType, RiskTier riskTier,
		AccessKind accessKind, @Size(max = 200) String department, ContractorQuery.Missing missing,
		@Size(max = 40) String sort) {

	private static final Map<String, String> SORTABLE = Map.of("name", "name", "nameKana", "nameKana",
			"corporateNumber", "corporateNumber", "status", "status", "riskTier", "effectiveRiskTier",
			"effectiveRiskTier", "effectiveRiskTier", "department", "department", "updatedAt", "updatedAt");

	boolean csv() {
		return "csv".equalsIgnoreCase(this.format);
	}

	CsvEncoding csvEncoding() {
		return CsvEncoding.parse(this.encoding);
	}

	ContractorQuery query() {
		return new ContractorQuery(this.q, this.status, this.supplierType, this.riskTier, this.accessKind,
				this.department, this.missing);
	}

	/**
	 * The sort asked for (kana order by default), with the id last so pages never
	 * overlap.
	 */
	Sort sortOrder() {
		Sort sort = Sort.by("nameKana");
		if (this.sort != null && !this.sort.isBlank()) {
			String[] parts = this.sort.split(",");
			String property = SORTABLE.get(parts[0].trim());
			if (property != null) {
				boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].trim());
				sort = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
			}
		}
		return sort.and(Sort.by("id"));
	}

	/** The filter as recorded in the audit trail. */
	String describe() {
		List<String> parts = new ArrayList<>();
		add(parts, "q", this.q);
		add(parts, "status", this.status);
		add(parts, "supplierType", this.supplierType);
		add(parts, "riskTier", this.riskTier);
		add(parts, "accessKind", this.accessKind);
		add(parts, "department", this.department);
		add(parts, "missing", this.missing);
		add(parts, "sort", this.sort);
		return parts.isEmpty() ? "(all)" : String.join(", ", parts);
	}

	String formatName() {
		return csv() ? "csv/" + csvEncoding().name().toLowerCase(Locale.ROOT) : "xlsx";
	}

	private static void add(List<String> parts, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			parts.add(name + "=" + value);
		}
	}

}
