package jp.itaku.clause;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with checklists, the matrix and the S01 policy: members, committee
 * members and administrators record findings; the committee edits the matrix and the
 * policy; auditors read everything. Contractor accounts see none of it and get 404, so
 * they cannot learn which records exist.
 */
@Component
class ClauseAccess {

	/** Internal readers; contractor accounts pass the first check and get 404 here. */
	static final String SIGNED_IN = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN','CONTRACTOR')";

	static final String RECORDERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN','CONTRACTOR')";

	static final String COMMITTEE = "hasAnyRole('COMMITTEE','CONTRACTOR')";

	private final CurrentUsers currentUsers;

	ClauseAccess(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	/** Refuses contractor accounts with 404. */
	void internalOnly() {
		if (this.currentUsers.current().isContractorOnly()) {
			throw new NotFoundException("not for contractor accounts");
		}
	}

}
