package jp.itaku.approval;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Resubmission from the request page and the API, where the requester edits the snapshot
 * itself. Refused for subjects whose module amends them (the regulation's change
 * requests, for one): there the module resubmits, so that the committee decides on what
 * the subject really says.
 */
@Component
class SnapshotResubmission {

	private final Approvals approvals;

	SnapshotResubmission(Approvals approvals) {
		this.approvals = approvals;
	}

	/**
	 * @throws NotEligibleToDecide if the caller is not a party (read) or not the
	 * requester
	 * @throws ApprovalClosed if the request is not sent back or is amended in its module
	 */
	ApprovalView resubmit(UUID id, String snapshot) {
		ApprovalView current = this.approvals.get(id);
		if (current.amendAtSubject()) {
			throw new ApprovalClosed("request " + id + " is amended in its module", "approval.error.amend-at-subject");
		}
		return this.approvals.resubmit(id, snapshot);
	}

}
