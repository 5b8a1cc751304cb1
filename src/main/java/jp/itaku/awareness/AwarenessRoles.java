package jp.itaku.awareness;

/** Who may do what with the training records. */
final class AwarenessRoles {

	/** The organisation's own staff read them; contractor accounts do not. */
	static final String READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	/** Members, the committee and administrators record; auditors only read. */
	static final String RECORDERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	private AwarenessRoles() {
	}

}
