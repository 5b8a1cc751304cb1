package jp.itaku.duty;

import jakarta.validation.constraints.Size;

/**
 * Completing a duty by hand: the version read, and an optional note.
 *
 * @param version the duty's version as read (optimistic locking)
 * @param note what was done, at most 2000 characters
 */
record CompleteRequest(long version, @Size(max = Duties.MAX_NOTE) String note) {

}
