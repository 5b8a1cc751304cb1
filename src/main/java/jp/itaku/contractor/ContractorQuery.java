package jp.itaku.contractor;

/**
 * Filters of the register's list; {@code null} means "any".
 *
 * @param text matched against name, kana and 法人番号 (normalised)
 */
public record ContractorQuery(String text, ContractorStatus status, SupplierType supplierType, RiskTier riskTier,
		AccessKind accessKind, String department) {

	public static ContractorQuery all() {
		return new ContractorQuery(null, null, null, null, null, null);
	}

}
