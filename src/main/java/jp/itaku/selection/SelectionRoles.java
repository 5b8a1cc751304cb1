package jp.itaku.selection;

/**
 * Who may do what with the selection records: members, the committee and administrators
 * act; auditors read; a contractor's account only reads and acknowledges the criteria in
 * force (規程 4.1(1) SEL-02).
 */
final class SelectionRoles {

	static final String WRITERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	static final String READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	static final String CONTRACTOR = "hasRole('CONTRACTOR')";

	static final String CRITERIA_READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN','CONTRACTOR')";

	private SelectionRoles() {
	}

}
