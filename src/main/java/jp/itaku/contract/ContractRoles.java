package jp.itaku.contract;

/**
 * Who may do what with contracts: members, the committee and administrators record and
 * edit; auditors read everything and change nothing; a contractor's account reads its own
 * company's contracts only (the facade answers 404 for any other).
 */
final class ContractRoles {

	static final String WRITERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	static final String READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN','CONTRACTOR')";

	private ContractRoles() {
	}

}
