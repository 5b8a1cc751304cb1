package jp.itaku.contractor.exchange;

/**
 * Who may export and import the register. Auditors read everything, so they may export,
 * but they do not change the register; contractor accounts may do neither (規程 8).
 */
final class ExchangeRoles {

	static final String EXPORT = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	static final String IMPORT = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	private ExchangeRoles() {
	}

}
