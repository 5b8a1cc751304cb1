package jp.itaku.clausecheck;

/**
 * Who may run the clause check: everyone inside the organisation who reads contracts
 * (members, the committee, auditors, administrators); a contractor's account may not, as
 * the contracts are the organisation's. On a contract's stored runs, members and
 * administrators run and re-check, the committee and auditors read; contractor accounts
 * pass the role check only to be answered 404, so that they cannot learn which runs
 * exist.
 */
final class ClauseCheckRoles {

	static final String CHECKERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	static final String RUN_READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN','CONTRACTOR')";

	static final String RUNNERS = "hasAnyRole('MEMBER','ADMIN','CONTRACTOR')";

	private ClauseCheckRoles() {
	}

}
