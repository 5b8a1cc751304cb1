package jp.itaku.audittrail;

/**
 * The result of walking the whole chain.
 *
 * @param intact {@code true} when every entry is unchanged and none is missing
 * @param checked how many entries were examined
 * @param firstBrokenId the id of the first entry that was edited or deleted, or
 * {@code null} when the chain is intact
 */
public record AuditTrailVerification(boolean intact, long checked, Long firstBrokenId) {

}
