package jp.itaku.contractor;

/**
 * Filters of the register's list; {@code null} means "any".
 *
 * @param text matched against name, kana and 法人番号 (normalised)
 * @param status the status
 * @param supplierType one of the contractor's supplier types
 * @param riskTier the effective risk tier
 * @param accessKind one of the kinds of access granted
 * @param department the responsible department, exactly
 * @param missing contractors not 終了 that lack what S01/S03 require
 */
public record ContractorQuery(String text, ContractorStatus status, SupplierType supplierType, RiskTier riskTier,
		AccessKind accessKind, String department, Missing missing) {

	public ContractorQuery(String text, ContractorStatus status, SupplierType supplierType, RiskTier riskTier,
			AccessKind accessKind, String department) {
		this(text, status, supplierType, riskTier, accessKind, department, null);
	}

	public static ContractorQuery all() {
		return new ContractorQuery(null, null, null, null, null, null, null);
	}

	/**
	 * What a contractor still in the life cycle (not 終了) lacks, for the compliance
	 * spine's links (規程 4.2(1)③ S01, S03).
	 */
	public enum Missing {

		/** No supplier type (S01). */
		SUPPLIER_TYPE,
		/** No kind of access recorded (S03). */
		ACCESS_KIND,
		/** A risk tier overridden without a reason (S03). */
		OVERRIDE_REASON

	}

}
