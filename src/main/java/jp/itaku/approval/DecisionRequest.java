package jp.itaku.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A committee member's decision as the API takes it. The comment is required for REJECT
 * and SEND_BACK.
 *
 * @param round the round the member read, optional: a decision on an earlier round is
 * refused (409)
 */
record DecisionRequest(@NotNull Verdict decision, @Size(max = ApprovalInput.MAX_COMMENT) String comment,
		Integer round) {
}
