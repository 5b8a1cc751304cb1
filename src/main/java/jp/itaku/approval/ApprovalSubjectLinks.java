package jp.itaku.approval;

import java.util.Optional;

/**
 * Implemented as a bean by a module that puts its subjects before the committee, so that
 * the request's page and lists can open the subject itself (e.g. the regulation module
 * links {@code regulation-revision} to its change request). Answer only for your own
 * subject types.
 */
public interface ApprovalSubjectLinks {

	/**
	 * The path within the application (starting with {@code /}) of the subject's page.
	 * @param subjectType the subject's kind, as given to {@link Approvals#request}
	 * @param subjectId the subject's identifier in its module
	 * @return the path, or empty when the subject type is not this module's or the
	 * subject has no page
	 */
	Optional<String> linkFor(String subjectType, String subjectId);

	/**
	 * Whether the requester amends a sent-back subject of this type in its own module,
	 * which then calls {@link Approvals#resubmit} with the amended snapshot. The request
	 * page then sends the requester to the subject instead of offering to edit the
	 * snapshot, so that what the committee decides never differs from the subject.
	 * @param subjectType the subject's kind
	 * @return {@code true} only for this module's own subject types; by default
	 * {@code false}
	 */
	default boolean amendedInItsModule(String subjectType) {
		return false;
	}

}
