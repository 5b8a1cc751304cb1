package jp.itaku.clause;

/**
 * What the reviewer found for one required item (規程 4.2).
 *
 * @param requirementId the item, one of {@link ClauseItems#CONTRACT_ITEMS}
 * @param verdict present, partial, absent or not applicable; {@code null} clears an
 * earlier finding (the item is not reviewed again)
 * @param article where the contract holds it, e.g. {@code 第12条第2項} (at most
 * {@value ClauseChecklists#MAX_ARTICLE} characters), may be blank
 * @param note the reviewer's note (at most {@value ClauseChecklists#MAX_NOTE}
 * characters), may be blank
 */
public record ItemFinding(String requirementId, ClauseVerdict verdict, String article, String note) {

}
