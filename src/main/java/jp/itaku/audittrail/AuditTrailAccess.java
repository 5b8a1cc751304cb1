package jp.itaku.audittrail;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Who may read the audit trail, shared by the screen and the API. The committee, auditors
 * and administrators read everything; a member reads the history of one record (the 履歴
 * link of a record they work on); a contractor representative never.
 */
final class AuditTrailAccess {

	static final String READ = "hasAnyRole('COMMITTEE','AUDITOR','ADMIN') or (hasRole('MEMBER') and #query.namesOneRecord())";

	static final String VERIFY = "hasAnyRole('COMMITTEE','AUDITOR','ADMIN')";

	static final int MAX_PAGE_SIZE = 200;

	private AuditTrailAccess() {
	}

	/** Newest first, whatever sort was asked for, and no more than a bounded page. */
	static Pageable limited(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE));
	}

}
