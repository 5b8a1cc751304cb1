package jp.itaku.clausecheck;

/**
 * Who may run the clause check: everyone inside the organisation who reads contracts
 * (members, the committee, auditors, administrators); a contractor's account may not, as
 * the contracts are the organisation's.
 */
final class ClauseCheckRoles {

	static final String CHECKERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	private ClauseCheckRoles() {
	}

}
