package jp.itaku.clause;

import java.util.UUID;

/**
 * Extension point for approved exceptions (例外承認): a required item found absent or partial
 * is resolved by an amendment (a verified corrective action) or, once the governance
 * module implements this interface as a bean, by an exception it has approved. Until then
 * no bean exists and only an amendment resolves an item (規程 4.2, issue 6). An
 * implementation that approves or withdraws an exception calls
 * {@link ClauseChecklists#refresh(String, UUID)} so that counts and the review gate
 * follow.
 */
public interface ClauseExceptions {

	/**
	 * Whether an approved exception covers the missing or partial item.
	 * @param subjectType {@code contract} or {@code subcontract}
	 * @param subjectId the subject's id
	 * @param requirementId the item, e.g. {@code D08}
	 */
	boolean approved(String subjectType, UUID subjectId, String requirementId);

}
