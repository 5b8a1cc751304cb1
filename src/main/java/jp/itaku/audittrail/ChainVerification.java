package jp.itaku.audittrail;

/**
 * Walks the chain one entry at a time, in id order, and remembers the first break. Holds
 * only the previous entry, so memory stays flat however long the chain is.
 *
 * <p>
 * Ids are handed out without gaps under the chain-head lock, so a missing id is a deleted
 * entry and is reported as such; an entry whose stored hash no longer matches its
 * content, or whose {@code previousHash} does not match its predecessor's hash, is
 * reported by its own id.
 */
final class ChainVerification {

	private final long headId;

	private final String headHash;

	private long previousId;

	private String previousHash = AuditChain.GENESIS;

	private long checked;

	private Long firstBrokenId;

	/**
	 * @param headId the last id the chain head recorded; entries after it were appended
	 * after the walk began and are left for the next one
	 * @param headHash the hash the chain head recorded for that entry
	 */
	ChainVerification(long headId, String headHash) {
		this.headId = headId;
		this.headHash = headHash;
	}

	/** Examines the next entry; answers {@code false} once the chain is known broken. */
	boolean accept(AuditEntryView entry) {
		if (this.firstBrokenId != null) {
			return false;
		}
		this.checked++;
		if (entry.id() != this.previousId + 1) {
			return broken(this.previousId + 1);
		}
		if (!this.previousHash.equals(entry.previousHash()) || !AuditChain.hash(entry).equals(entry.hash())) {
			return broken(entry.id());
		}
		this.previousId = entry.id();
		this.previousHash = entry.hash();
		return true;
	}

	/** The last id the walk covers. */
	long headId() {
		return this.headId;
	}

	/** The id after which the next batch starts. */
	long lastAcceptedId() {
		return this.previousId;
	}

	AuditTrailVerification result() {
		if (this.firstBrokenId == null) {
			if (this.previousId < this.headId) {
				// entries at the end of the chain were deleted
				broken(this.previousId + 1);
			}
			else if (!this.previousHash.equals(this.headHash)) {
				// the last entry was rewritten together with a recomputed hash
				broken(this.previousId);
			}
		}
		return new AuditTrailVerification(this.firstBrokenId == null, this.checked, this.firstBrokenId);
	}

	private boolean broken(long id) {
		this.firstBrokenId = id;
		return false;
	}

}
